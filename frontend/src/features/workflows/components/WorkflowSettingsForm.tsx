import { App, Button, Form, Input, Space } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { UserSelect } from "@/entities/users";
import { useUpdateWorkflow } from "@/entities/workflows";
import type { Workflow } from "../types";
import { applyFieldErrors } from "../utils/form-errors";
import { CategoryDescriptionItems } from "./CategoryDescriptionItems";
import { nameRules } from "./fields";

type Values = { name: string; category: string; description: string; admin_ids: number[] };

const FIELDS = ["name", "category", "description", "admin_ids"] as const;

const valuesOf = (workflow: Workflow): Values => ({
  name: workflow.name,
  category: workflow.category,
  description: workflow.description,
  admin_ids: workflow.admin_ids,
});

/** Name, category, description and the workflow's own admins (PATCH). */
export function WorkflowSettingsForm({ workflow, categories = [] }: { workflow: Workflow; categories?: string[] }) {
  const { t } = useTranslation("workflows");
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateWorkflow(workflow.id);
  const [failure, setFailure] = useState<unknown>();
  const [dirty, setDirty] = useState(false);

  // When the workflow itself changed (a save here, or elsewhere), show the server's values; other
  // refetches of the same data leave unsaved edits alone.
  const synced = useRef(workflow.updated_at);
  useEffect(() => {
    if (synced.current === workflow.updated_at) return;
    synced.current = workflow.updated_at;
    form.setFieldsValue(valuesOf(workflow));
    setDirty(false);
  }, [form, workflow]);

  const submit = (values: Values) => {
    setFailure(undefined);
    update.mutate(
      { ...values, category: values.category?.trim() ?? "", description: values.description ?? "" },
      {
        onSuccess: () => message.success(t("settings.saved")),
        onError: (error) => {
          if (!applyFieldErrors(form, error, [...FIELDS])) setFailure(error);
        },
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={valuesOf(workflow)}
      onFinish={submit}
      onValuesChange={() => setDirty(true)}
      disabled={!workflow.can_manage}
      requiredMark="optional"
      data-testid="settings-form"
    >
      <ErrorAlert error={failure} />
      <Form.Item name="name" label={t("form.name")} rules={nameRules(t)}>
        <Input maxLength={200} />
      </Form.Item>
      <CategoryDescriptionItems categories={categories} />
      <Form.Item name="admin_ids" label={t("settings.admins")} extra={t("settings.adminsHelp")}>
        <UserSelect multiple placeholder={t("settings.adminsPlaceholder")} data-testid="admin-select" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={update.isPending} disabled={!dirty} data-testid="settings-save">
          {t("actions.save", { ns: "common" })}
        </Button>
        <Button
          onClick={() => {
            form.setFieldsValue(valuesOf(workflow));
            form.setFields(FIELDS.map((name) => ({ name, errors: [] })));
            setFailure(undefined);
            setDirty(false);
          }}
          disabled={!dirty}
        >
          {t("actions.reset", { ns: "common" })}
        </Button>
      </Space>
    </Form>
  );
}
