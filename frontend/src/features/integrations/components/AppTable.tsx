import { App, Button, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { type AppRecord, useApps, useDeleteApp } from "../api/apps";
import { formatTime } from "../utils/format";

type Props = {
  /** Open an app in the drawer, at one of its tabs ("settings", "tokens"). */
  onOpen: (appId: number, tab: string) => void;
};

/** The registered apps: scopes, signatures, state; edit, see the tokens, or delete one. */
export function AppTable({ onOpen }: Props) {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const apps = useApps();
  const remove = useDeleteApp();
  return (
    <>
      <Typography.Paragraph type="secondary">{t("apps.intro")}</Typography.Paragraph>
      <ErrorAlert error={apps.error ?? remove.error} />
      <Table<AppRecord>
        rowKey="id"
        loading={apps.isPending}
        dataSource={apps.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t("apps.empty") }}
        data-testid="app-table"
        columns={[
          {
            title: t("apps.fields.name"),
            key: "name",
            render: (_, app) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{app.name}</Typography.Text>
                {app.description ? <Typography.Text type="secondary">{app.description}</Typography.Text> : null}
              </Space>
            ),
          },
          {
            title: t("apps.fields.scopes"),
            dataIndex: "scopes",
            render: (scopes: string[]) => (scopes.length ? scopes.map((scope) => <Tag key={scope}>{scope}</Tag>) : "—"),
          },
          {
            title: t("apps.fields.signature"),
            key: "signature",
            render: (_, app) =>
              app.require_signature ? <Tag color="blue">{t("signing.required")}</Tag> : app.has_signing_secret ? <Tag>{t("signing.set")}</Tag> : "—",
          },
          {
            title: t("apps.fields.status"),
            dataIndex: "is_active",
            render: (active: boolean) => (active ? <Tag color="green">{t("apps.active")}</Tag> : <Tag>{t("apps.inactive")}</Tag>),
          },
          { title: t("apps.fields.created"), dataIndex: "created_at", render: formatTime },
          {
            title: t("actions.title"),
            key: "actions",
            width: 240,
            render: (_, app) => (
              <Space size={0}>
                <Button type="link" onClick={() => onOpen(app.id, "settings")} data-testid={`app-edit-${app.name}`}>
                  {t("actions.edit", { ns: "common" })}
                </Button>
                <Button type="link" onClick={() => onOpen(app.id, "tokens")}>
                  {t("apps.tabs.tokens")}
                </Button>
                <Popconfirm
                  title={t("apps.deleteTitle", { name: app.name })}
                  description={t("apps.deleteText")}
                  okText={t("actions.delete", { ns: "common" })}
                  okButtonProps={{ danger: true }}
                  cancelText={t("actions.cancel", { ns: "common" })}
                  onConfirm={() => remove.mutateAsync(app.id).then(() => message.success(t("apps.deleted")), () => undefined)}
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
    </>
  );
}
