import { CopyOutlined, DeleteOutlined, EditOutlined, EyeOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Space, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { useDeleteWorkflow } from "@/entities/workflows";
import { ApiError } from "@/lib/api-client";
import type { Workflow } from "../types";
import { ExportMenu } from "./ExportMenu";
import { LinkButton } from "./LinkButton";

/** A table row's actions: open, design, clone, export, delete. */
export function WorkflowActions({ workflow, onClone }: { workflow: Workflow; onClone: (workflow: Workflow) => void }) {
  const { t } = useTranslation("workflows");
  const { message } = App.useApp();
  const remove = useDeleteWorkflow();
  const locked = !workflow.can_manage;
  const del = () =>
    remove.mutateAsync(workflow.id).then(
      () => void message.success(t("list.deleted", { name: workflow.name })),
      (error: unknown) => void message.error(error instanceof ApiError ? error.message : t("list.deleteFailed")),
    );

  return (
    <Space size={0} data-testid={`workflow-actions-${workflow.key}`}>
      <Tooltip title={t("actions.open")}>
        <LinkButton to={`/workflows/${workflow.id}`} type="text" icon={<EyeOutlined />} aria-label={t("actions.open")} />
      </Tooltip>
      <Tooltip title={t("actions.design")}>
        <LinkButton
          to={`/workflows/${workflow.id}/design`}
          type="text"
          icon={<EditOutlined />}
          aria-label={t("actions.design")}
          disabled={locked}
          data-testid="design-link"
        />
      </Tooltip>
      <Tooltip title={t("actions.clone")}>
        <Button
          type="text"
          icon={<CopyOutlined />}
          aria-label={t("actions.clone")}
          disabled={locked}
          onClick={() => onClone(workflow)}
          data-testid="clone-button"
        />
      </Tooltip>
      <ExportMenu id={workflow.id} workflowKey={workflow.key} compact disabled={locked} />
      <Popconfirm
        title={t("list.deleteTitle", { name: workflow.name })}
        description={t("list.deleteDescription")}
        okText={t("actions.delete", { ns: "common" })}
        okButtonProps={{ danger: true }}
        cancelText={t("actions.cancel", { ns: "common" })}
        onConfirm={del}
        disabled={locked}
      >
        <Tooltip title={t("actions.delete")}>
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t("actions.delete")}
            disabled={locked}
            loading={remove.isPending}
            data-testid="delete-button"
          />
        </Tooltip>
      </Popconfirm>
    </Space>
  );
}
