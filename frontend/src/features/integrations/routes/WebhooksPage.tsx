import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { SecretOnceModal } from "@/components/SecretOnceModal";
import { useWorkflows } from "@/entities/workflows";
import { type Webhook, useDeleteWebhook, useRotateWebhookSecret, useWebhooks } from "../api/webhooks";
import { IntegrationSettingsCard } from "../components/IntegrationSettingsCard";
import { WebhookDrawer } from "../components/WebhookDrawer";
import { formatTime } from "../utils/format";

/** Webhooks (tenant-wide subscriptions), their secrets, and the outbound settings. */
export function WebhooksPage() {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const webhooks = useWebhooks();
  const workflows = useWorkflows();
  const remove = useDeleteWebhook();
  const rotate = useRotateWebhookSecret();
  const [drawer, setDrawer] = useState<{ open: boolean; webhook: Webhook | null }>({ open: false, webhook: null });
  const [secret, setSecret] = useState<string | null>(null);
  const workflowName = (id: number | null) =>
    id === null ? t("webhooks.allWorkflows") : (workflows.data?.find((workflow) => workflow.id === id)?.name ?? `#${id}`);

  return (
    <Page
      title={t("webhooks.title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, webhook: null })} data-testid="webhook-create">
          {t("webhooks.create")}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t("webhooks.intro")}</Typography.Paragraph>
      <ErrorAlert error={webhooks.error ?? remove.error ?? rotate.error} />
      <Table<Webhook>
        rowKey="id"
        loading={webhooks.isPending}
        dataSource={webhooks.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t("webhooks.empty") }}
        scroll={{ x: 900 }}
        data-testid="webhook-table"
        columns={[
          { title: t("webhooks.fields.name"), dataIndex: "name", render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          { title: t("webhooks.fields.url"), dataIndex: "url", ellipsis: true, render: (url: string) => <Typography.Text copyable={{ text: url }}>{url}</Typography.Text> },
          {
            title: t("webhooks.fields.events"),
            dataIndex: "events",
            render: (events: string[]) => events.map((event) => <Tag key={event}>{t(`events.${event}`, { defaultValue: event })}</Tag>),
          },
          { title: t("webhooks.fields.workflow"), dataIndex: "workflow_id", render: workflowName },
          {
            title: t("webhooks.fields.active"),
            dataIndex: "is_active",
            render: (active: boolean) => (active ? <Tag color="green">{t("webhooks.active")}</Tag> : <Tag>{t("webhooks.paused")}</Tag>),
          },
          { title: t("webhooks.fields.updated"), dataIndex: "updated_at", render: formatTime },
          {
            title: t("actions.title"),
            key: "actions",
            fixed: "right",
            width: 320,
            render: (_, webhook) => (
              <Space size={0} wrap>
                <Button type="link" onClick={() => setDrawer({ open: true, webhook })}>
                  {t("actions.edit", { ns: "common" })}
                </Button>
                <Link to={`/integrations/deliveries?webhook=${webhook.id}`} style={{ padding: "0 8px" }}>
                  {t("webhooks.deliveries")}
                </Link>
                <Popconfirm
                  title={t("webhooks.rotateTitle")}
                  description={t("webhooks.rotateText")}
                  okText={t("webhooks.rotate")}
                  okButtonProps={{ danger: true }}
                  cancelText={t("actions.cancel", { ns: "common" })}
                  onConfirm={() => rotate.mutateAsync(webhook.id).then((data) => setSecret(data.secret), () => undefined)}
                >
                  <Button type="link">{t("webhooks.rotate")}</Button>
                </Popconfirm>
                <Popconfirm
                  title={t("webhooks.deleteTitle", { name: webhook.name })}
                  description={t("webhooks.deleteText")}
                  okText={t("actions.delete", { ns: "common" })}
                  okButtonProps={{ danger: true }}
                  cancelText={t("actions.cancel", { ns: "common" })}
                  onConfirm={() => remove.mutateAsync(webhook.id).then(() => message.success(t("webhooks.deleted")), () => undefined)}
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
      <IntegrationSettingsCard />
      <WebhookDrawer
        open={drawer.open}
        webhook={drawer.webhook}
        onClose={() => setDrawer((state) => ({ ...state, open: false }))}
        onCreated={setSecret}
      />
      <SecretOnceModal secret={secret} title={t("webhooks.secretTitle")} description={t("webhooks.secretText")} onClose={() => setSecret(null)} />
    </Page>
  );
}
