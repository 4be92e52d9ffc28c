import { App, Form, Input, Modal } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useCreateWorkflow } from "@/entities/workflows";
import type { WorkflowCreate } from "../types";
import { applyFieldErrors } from "../utils/form-errors";
import { suggestWorkflowKey } from "../utils/suggest-key";
import { CategoryDescriptionItems } from "./CategoryDescriptionItems";
import { keyRules, nameRules } from "./fields";

type Props = { open: boolean; onClose: () => void; categories: string[]; /** Keys in use (not suggested). */ takenKeys?: string[] };

/** New workflow: key, name, category, description; then straight to the designer. The key is
 *  suggested from the name until the admin types one of their own. */
export function CreateWorkflowModal({ open, onClose, categories, takenKeys = [] }: Props) {
  const { t } = useTranslation("workflows");
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<WorkflowCreate>();
  const create = useCreateWorkflow();
  const [failure, setFailure] = useState<unknown>();
  // The admin typed a key (or cleared one we suggested and typed again): suggestions stop.
  const [ownKey, setOwnKey] = useState(false);
  useEffect(() => {
    if (open) setOwnKey(false);
  }, [open]);

  const submit = (values: WorkflowCreate) => {
    setFailure(undefined);
    create.mutate(
      { ...values, category: values.category?.trim() ?? "", description: values.description ?? "" },
      {
        onSuccess: (workflow) => {
          message.success(t("create.done", { name: workflow.name }));
          onClose();
          navigate(`/workflows/${workflow.id}/design`);
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ["key", "name", "category", "description"])) setFailure(error);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t("create.title")}
      okText={t("actions.create", { ns: "common" })}
      cancelText={t("actions.cancel", { ns: "common" })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      okButtonProps={{ "data-testid": "create-workflow-submit" }}
    >
      <ErrorAlert error={failure} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        requiredMark="optional"
        data-testid="create-workflow-form"
        onValuesChange={(changed: Partial<WorkflowCreate>) => {
          if ("key" in changed) setOwnKey(Boolean(changed.key));
          else if ("name" in changed && !ownKey) form.setFieldValue("key", suggestWorkflowKey(changed.name ?? "", takenKeys));
        }}
      >
        <Form.Item name="name" label={t("form.name")} rules={nameRules(t)}>
          <Input autoFocus maxLength={200} placeholder={t("form.namePlaceholder")} data-testid="create-workflow-name" />
        </Form.Item>
        <Form.Item name="key" label={t("form.key")} rules={keyRules(t)} extra={ownKey ? t("form.keyHelp") : t("form.keySuggested")}>
          <Input maxLength={64} placeholder="purchase-request" autoComplete="off" spellCheck={false} data-testid="create-workflow-key" />
        </Form.Item>
        <CategoryDescriptionItems categories={categories} />
      </Form>
    </Modal>
  );
}
