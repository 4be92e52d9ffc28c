import { App, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useWorkflowVersions } from "@/entities/workflows";
import { useCloneWorkflow } from "../api/use-clone-workflow";
import type { Workflow } from "../types";
import { applyFieldErrors } from "../utils/form-errors";
import { keyRules, nameRules } from "./fields";

type Values = { key: string; name: string; version: number | "draft" };
type Props = { workflow: Workflow | undefined; onClose: () => void };

/** Copy a workflow under a new key: from its draft (default) or from one of its versions. */
export function CloneWorkflowModal({ workflow, onClose }: Props) {
  const { t } = useTranslation("workflows");
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const clone = useCloneWorkflow();
  const versions = useWorkflowVersions(workflow?.id ?? 0, Boolean(workflow));
  const [failure, setFailure] = useState<unknown>();

  const submit = ({ key, name, version }: Values) => {
    if (!workflow) return;
    setFailure(undefined);
    clone.mutate(
      { id: workflow.id, key, name, version: version === "draft" ? null : version },
      {
        onSuccess: (copy) => {
          message.success(t("clone.done", { name: copy.name }));
          onClose();
          navigate(`/workflows/${copy.id}`);
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ["key", "name", "version"])) setFailure(error);
        },
      },
    );
  };

  const sources = [
    { value: "draft" as const, label: t("clone.fromDraft") },
    ...(versions.data ?? [])
      .filter((version) => version.status !== "draft")
      .map((version) => ({
        value: version.number,
        label: t("clone.fromVersion", { number: version.number, status: t(`versions.statuses.${version.status}`, { defaultValue: version.status }) }),
      })),
  ];

  return (
    <Modal
      open={Boolean(workflow)}
      title={t("clone.title", { name: workflow?.name })}
      okText={t("clone.submit")}
      cancelText={t("actions.cancel", { ns: "common" })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={clone.isPending}
      destroyOnHidden
      okButtonProps={{ "data-testid": "clone-submit" }}
    >
      <ErrorAlert error={failure} />
      {workflow ? (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          requiredMark="optional"
          initialValues={{ key: `${workflow.key}-copy`.slice(0, 64), name: t("clone.defaultName", { name: workflow.name }), version: "draft" }}
          data-testid="clone-form"
        >
          <Form.Item name="key" label={t("form.key")} rules={keyRules(t)} extra={t("form.keyHelp")}>
            <Input autoFocus maxLength={64} autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Form.Item name="name" label={t("form.name")} rules={nameRules(t)}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="version" label={t("clone.source")}>
            <Select options={sources} loading={versions.isPending} />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}
