import { PlusOutlined, SyncOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { type LdapSource, isPending, useDeleteLdapSource, useLdapSources, useSyncLdapSource } from "../api/ldap";
import { LdapRunsTable, RunStatusTag, RunSummary } from "../components/LdapRunsTable";
import { LdapSourceDrawer } from "../components/LdapSourceDrawer";
import { ScimTokensCard } from "../components/ScimTokensCard";

/** Directory feeds: LDAP / Active Directory sources (sync now, run history) and SCIM tokens. */
export function DirectoryFeedsPage() {
  const { t } = useTranslation("directory-feeds");
  const { message } = App.useApp();
  const sources = useLdapSources();
  const sync = useSyncLdapSource();
  const remove = useDeleteLdapSource();
  const [drawer, setDrawer] = useState<{ open: boolean; source: LdapSource | null }>({ open: false, source: null });

  return (
    <Page
      title={t("title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, source: null })} data-testid="ldap-create">
          {t("ldap.create")}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t("intro")}</Typography.Paragraph>
      <ErrorAlert error={sources.error ?? sync.error ?? remove.error} />
      <Table<LdapSource>
        rowKey="id"
        loading={sources.isPending}
        dataSource={sources.data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t("ldap.empty") }}
        data-testid="ldap-sources"
        expandable={{ expandedRowRender: (source) => <LdapRunsTable sourceId={source.id} /> }}
        columns={[
          { title: t("ldap.fields.name"), dataIndex: "name", render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          { title: t("ldap.fields.server_url"), dataIndex: "server_url", ellipsis: true },
          { title: t("ldap.people"), dataIndex: "people" },
          {
            title: t("ldap.fields.enabled"),
            dataIndex: "enabled",
            render: (enabled: boolean, source) =>
              enabled ? <Tag color="green">{t("ldap.every", { count: source.interval_minutes })}</Tag> : <Tag>{t("ldap.paused")}</Tag>,
          },
          {
            title: t("ldap.lastRun"),
            key: "last_run",
            render: (_, source) =>
              source.last_run ? (
                <Space direction="vertical" size={0}>
                  <RunStatusTag run={source.last_run} />
                  <RunSummary run={source.last_run} />
                </Space>
              ) : (
                <Typography.Text type="secondary">{t("ldap.never")}</Typography.Text>
              ),
          },
          {
            title: t("actions"),
            key: "actions",
            fixed: "right",
            width: 280,
            render: (_, source) => (
              <Space size={0} wrap>
                <Button
                  type="link"
                  icon={<SyncOutlined spin={isPending(source.last_run)} />}
                  disabled={isPending(source.last_run)}
                  onClick={() => sync.mutate(source.id, { onSuccess: () => message.info(t("ldap.queued")) })}
                  data-testid={`ldap-sync-${source.id}`}
                >
                  {t("ldap.syncNow")}
                </Button>
                <Button type="link" onClick={() => setDrawer({ open: true, source })}>
                  {t("edit")}
                </Button>
                <Popconfirm
                  title={t("ldap.deleteTitle", { name: source.name })}
                  description={t("ldap.deleteText")}
                  okText={t("delete")}
                  okButtonProps={{ danger: true }}
                  cancelText={t("cancel")}
                  onConfirm={() => remove.mutateAsync(source.id).then(() => message.success(t("ldap.deleted")), () => undefined)}
                >
                  <Button type="link" danger>
                    {t("delete")}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <ScimTokensCard />
      <LdapSourceDrawer open={drawer.open} source={drawer.source} onClose={() => setDrawer((state) => ({ ...state, open: false }))} />
    </Page>
  );
}
