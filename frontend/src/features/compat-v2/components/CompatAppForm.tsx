import { Form, Input, Modal, Select, Switch } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useWorkflows } from "@/entities/workflows";
import type { CompatApp } from "../api/compat";

export type CompatAppValues = {
  name: string;
  description: string;
  is_active: boolean;
  workflow_ids: number[];
  acting_usernames: string[];
};

type Props = {
  open: boolean;
  /** The app edited; null registers a new one. */
  app: CompatApp | null;
  saving: boolean;
  error: unknown;
  onSubmit: (values: CompatAppValues) => void;
  onClose: () => void;
};

/** Register or change a 2.x app: its name (the `appname` header), workflows and acting-user grant. */
export function CompatAppForm({ open, app, saving, error, onSubmit, onClose }: Props) {
  const { t } = useTranslation("compat-v2");
  const [form] = Form.useForm<CompatAppValues>();
  const workflows = useWorkflows();

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      app
        ? { name: app.name, description: app.description, is_active: app.is_active, workflow_ids: app.workflow_ids, acting_usernames: app.acting_usernames }
        : { name: "", description: "", is_active: true, workflow_ids: [], acting_usernames: [] },
    );
  }, [open, app, form]);

  return (
    <Modal
      open={open}
      title={app ? t("form.editTitle", { name: app.name }) : t("form.createTitle")}
      okText={app ? t("form.save") : t("form.create")}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={onSubmit} data-testid="compat-app-form">
        <Form.Item name="name" label={t("form.name")} extra={t("form.nameHelp")} rules={[{ required: true, message: t("form.nameRequired") }]}>
          <Input disabled={Boolean(app)} autoComplete="off" />
        </Form.Item>
        <Form.Item name="description" label={t("form.description")}>
          <Input />
        </Form.Item>
        <Form.Item name="workflow_ids" label={t("form.workflows")} extra={t("form.workflowsHelp")}>
          <Select
            mode="multiple"
            loading={workflows.isPending}
            options={(workflows.data ?? []).map((workflow) => ({ value: workflow.id, label: workflow.name }))}
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item name="acting_usernames" label={t("form.acting")} extra={t("form.actingHelp")}>
          <Select mode="tags" tokenSeparators={[",", " "]} open={false} suffixIcon={null} />
        </Form.Item>
        {app ? (
          <Form.Item name="is_active" label={t("form.active")} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
