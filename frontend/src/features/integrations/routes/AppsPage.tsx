import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { type AppRecord, useApps, useDeleteApp } from "../api/apps";
import { AppDrawer } from "../components/AppDrawer";
import { SecretOnceModal } from "@/components/SecretOnceModal";
import { formatTime } from "../utils/format";

/** Apps (internal systems calling the API) and, in the drawer, their tokens, grants and secret. */
export function AppsPage() {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const apps = useApps();
  const remove = useDeleteApp();
  const [drawer, setDrawer] = useState<{ open: boolean; appId: number | null; tab: string }>({ open: false, appId: null, tab: "settings" });
  // Read the app from the list each render, so the drawer follows saves (scopes, secret set…).
  const current = apps.data?.find((app) => app.id === drawer.appId) ?? null;
  // The first token, issued with a new app: shown once, then forgotten.
  const [issued, setIssued] = useState<{ app: string; token: string } | null>(null);

  return (
    <Page
      title={t("apps.title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, appId: null, tab: "settings" })} data-testid="app-create">
          {t("apps.create")}
        </Button>
      }
    >
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
                <Button type="link" onClick={() => setDrawer({ open: true, appId: app.id, tab: "settings" })} data-testid={`app-edit-${app.name}`}>
                  {t("actions.edit", { ns: "common" })}
                </Button>
                <Button type="link" onClick={() => setDrawer({ open: true, appId: app.id, tab: "tokens" })}>
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
      <AppDrawer
        open={drawer.open}
        app={current}
        tab={drawer.tab}
        onTab={(tab) => setDrawer((state) => ({ ...state, tab }))}
        onCreated={(app, token) => {
          setDrawer({ open: true, appId: app.id, tab: "tokens" });
          if (token) setIssued({ app: app.name, token });
        }}
        onClose={() => setDrawer((state) => ({ ...state, open: false }))}
      />
      <SecretOnceModal
        secret={issued?.token ?? null}
        title={t("tokens.issuedTitle")}
        description={t("tokens.issuedText", { app: issued?.app ?? "" })}
        onClose={() => setIssued(null)}
      />
    </Page>
  );
}
