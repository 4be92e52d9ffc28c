import { PlusOutlined, SyncOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { type Provider, useDeleteProvider, useDiscoverProvider, useProviders, useUpdateProvider } from "../api/providers";
import { PasswordPolicyCard } from "../components/PasswordPolicyCard";
import { ProviderDrawer } from "../components/ProviderDrawer";

const DISCOVERY_COLOR = { ok: "green", failed: "red", pending: "default" } as const;

/** Single sign-on: the tenant's OpenID Connect providers and the password policy. */
export function SsoPage() {
  const { t } = useTranslation("sso");
  const { message } = App.useApp();
  const providers = useProviders();
  const remove = useDeleteProvider();
  const discover = useDiscoverProvider();
  const update = useUpdateProvider();
  const [drawer, setDrawer] = useState<{ open: boolean; provider: Provider | null }>({ open: false, provider: null });

  return (
    <Page
      title={t("title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, provider: null })} data-testid="sso-provider-create">
          {t("create")}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {t("intro")} <Typography.Text code copyable>{`${window.location.origin}/api/v1/sso/callback`}</Typography.Text>
      </Typography.Paragraph>
      <ErrorAlert error={providers.error ?? remove.error ?? discover.error ?? update.error} />
      <Table<Provider>
        rowKey="id"
        loading={providers.isPending}
        dataSource={providers.data ?? []}
        pagination={false}
        locale={{ emptyText: t("empty") }}
        scroll={{ x: 900 }}
        data-testid="sso-provider-table"
        columns={[
          { title: t("fields.label"), dataIndex: "label", render: (label: string, row) => <><Typography.Text strong>{label}</Typography.Text> <Typography.Text type="secondary">({row.key})</Typography.Text></> },
          { title: t("fields.issuer"), dataIndex: "issuer", ellipsis: true },
          {
            title: t("fields.discovery"),
            dataIndex: "discovery_status",
            render: (status: Provider["discovery_status"], row) => (
              <Tooltip title={row.discovery_error || undefined}>
                <Tag color={DISCOVERY_COLOR[status]} data-testid={`sso-discovery-${row.key}`}>{t(`discovery.${status}`)}</Tag>
              </Tooltip>
            ),
          },
          {
            title: t("fields.enabled"),
            dataIndex: "is_enabled",
            render: (enabled: boolean) => (enabled ? <Tag color="green">{t("enabled")}</Tag> : <Tag>{t("disabled")}</Tag>),
          },
          {
            title: t("actions"),
            key: "actions",
            fixed: "right",
            width: 320,
            render: (_, provider) => (
              <Space size={0} wrap>
                <Button type="link" onClick={() => setDrawer({ open: true, provider })}>
                  {t("actions.edit", { ns: "common" })}
                </Button>
                <Button
                  type="link"
                  icon={<SyncOutlined />}
                  loading={discover.isPending && discover.variables === provider.id}
                  onClick={() =>
                    discover.mutateAsync(provider.id).then(
                      (found) => (found.discovery_status === "ok" ? message.success(t("discovered")) : message.error(found.discovery_error)),
                      () => undefined,
                    )
                  }
                >
                  {t("discover")}
                </Button>
                <Button type="link" onClick={() => update.mutate({ id: provider.id, body: { is_enabled: !provider.is_enabled } })}>
                  {provider.is_enabled ? t("disable") : t("enable")}
                </Button>
                <Popconfirm
                  title={t("deleteTitle", { name: provider.label })}
                  description={t("deleteText")}
                  okText={t("actions.delete", { ns: "common" })}
                  okButtonProps={{ danger: true }}
                  cancelText={t("actions.cancel", { ns: "common" })}
                  onConfirm={() => remove.mutateAsync(provider.id).then(() => message.success(t("deleted")), () => undefined)}
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
      <PasswordPolicyCard />
      <ProviderDrawer open={drawer.open} provider={drawer.provider} onClose={() => setDrawer((state) => ({ ...state, open: false }))} />
    </Page>
  );
}
