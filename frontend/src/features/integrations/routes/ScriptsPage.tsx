import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { type ScriptSummary, useDeleteScript, useScripts } from "@/entities/scripts";
import { ScriptDrawer } from "../components/ScriptDrawer";
import { formatTime } from "../utils/format";

/** Scripts that states and transitions run (by code); edit them and see their runs. */
export function ScriptsPage() {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const scripts = useScripts();
  const remove = useDeleteScript();
  const [drawer, setDrawer] = useState<{ open: boolean; scriptId: number | null }>({ open: false, scriptId: null });

  return (
    <Page
      title={t("scripts.title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, scriptId: null })} data-testid="script-create">
          {t("scripts.create")}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t("scripts.intro")}</Typography.Paragraph>
      <ErrorAlert error={scripts.error ?? remove.error} />
      <Table<ScriptSummary>
        rowKey="id"
        loading={scripts.isPending}
        dataSource={scripts.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t("scripts.empty") }}
        data-testid="script-table"
        columns={[
          { title: t("scripts.fields.name"), dataIndex: "name", render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          { title: t("scripts.fields.code"), dataIndex: "code", render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          { title: t("scripts.fields.description"), dataIndex: "description", ellipsis: true, render: (text: string) => text || "—" },
          {
            title: t("scripts.fields.enabled"),
            dataIndex: "is_active",
            render: (active: boolean) => (active ? <Tag color="green">{t("scripts.enabled")}</Tag> : <Tag>{t("scripts.disabled")}</Tag>),
          },
          { title: t("scripts.fields.updated"), dataIndex: "updated_at", render: formatTime },
          {
            title: t("actions.title"),
            key: "actions",
            width: 180,
            render: (_, script) => (
              <Space size={0}>
                <Button type="link" onClick={() => setDrawer({ open: true, scriptId: script.id })} data-testid={`script-edit-${script.code}`}>
                  {t("actions.edit", { ns: "common" })}
                </Button>
                <Popconfirm
                  title={t("scripts.deleteTitle", { name: script.name })}
                  description={t("scripts.deleteText")}
                  okText={t("actions.delete", { ns: "common" })}
                  okButtonProps={{ danger: true }}
                  cancelText={t("actions.cancel", { ns: "common" })}
                  onConfirm={() => remove.mutateAsync(script.id).then(() => message.success(t("scripts.deleted")), () => undefined)}
                >
                  <Button type="link" danger>
                    {t("actions.delete", { ns: "common" })}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <ScriptDrawer open={drawer.open} scriptId={drawer.scriptId} onClose={() => setDrawer((state) => ({ ...state, open: false }))} />
    </Page>
  );
}
