import { PlusOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { type Channel, useChannels, useDeleteChannel } from "@/entities/channels";
import { integrationKeys } from "../api/keys";
import { ChannelDrawer } from "./ChannelDrawer";
import { ChannelTestModal } from "./ChannelTestModal";

/** Where notifications go: the channels, with edit, test and delete. */
export function ChannelsCard() {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const channels = useChannels();
  const remove = useDeleteChannel();
  const client = useQueryClient();
  const [drawer, setDrawer] = useState<{ open: boolean; channel: Channel | null }>({ open: false, channel: null });
  const [testing, setTesting] = useState<Channel | null>(null);

  const target = (channel: Channel) => {
    const config = channel.config as Record<string, unknown>;
    return String(channel.kind === "email" ? `${config.host ?? ""}${config.port ? `:${config.port}` : ""}` : (config.url ?? ""));
  };

  return (
    <Card
      title={t("channels.title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, channel: null })} data-testid="channel-create">
          {t("channels.create")}
        </Button>
      }
      style={{ marginBottom: 24 }}
    >
      <ErrorAlert error={channels.error ?? remove.error} />
      <Table<Channel>
        rowKey="id"
        size="middle"
        loading={channels.isPending}
        dataSource={channels.data ?? []}
        pagination={false}
        locale={{ emptyText: t("channels.empty") }}
        scroll={{ x: 900 }}
        data-testid="channel-table"
        columns={[
          {
            title: t("channels.fields.name"),
            key: "name",
            render: (_, channel) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{channel.name}</Typography.Text>
                <Typography.Text type="secondary" code>
                  {channel.code}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t("channels.fields.kind"), dataIndex: "kind", render: (kind: string) => t(`channels.kinds.${kind}`, { defaultValue: kind }) },
          { title: t("channels.fields.target"), key: "target", ellipsis: true, render: (_, channel) => target(channel) || "—" },
          {
            title: t("channels.fields.status"),
            key: "status",
            render: (_, channel) => (
              <Space size={4} wrap>
                {channel.is_active ? <Tag color="green">{t("channels.active")}</Tag> : <Tag>{t("channels.inactive")}</Tag>}
                {channel.is_default ? <Tag color="blue">{t("channels.default")}</Tag> : null}
                {channel.has_secret ? <Tag>{t("channels.hasSecret")}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t("actions.title"),
            key: "actions",
            fixed: "right",
            width: 240,
            render: (_, channel) => (
              <Space size={0}>
                <Button type="link" onClick={() => setDrawer({ open: true, channel })} data-testid={`channel-edit-${channel.code}`}>
                  {t("actions.edit", { ns: "common" })}
                </Button>
                <Button type="link" onClick={() => setTesting(channel)} data-testid={`channel-test-${channel.code}`}>
                  {t("channels.test")}
                </Button>
                <Popconfirm
                  title={t("channels.deleteTitle", { name: channel.name })}
                  description={t("channels.deleteText")}
                  okText={t("actions.delete", { ns: "common" })}
                  okButtonProps={{ danger: true }}
                  cancelText={t("actions.cancel", { ns: "common" })}
                  onConfirm={() =>
                    remove.mutateAsync(channel.id).then(() => {
                      message.success(t("channels.deleted"));
                      // Its notifications (the log below) go with it.
                      return client.invalidateQueries({ queryKey: integrationKeys.all });
                    }, () => undefined)
                  }
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
      <ChannelDrawer open={drawer.open} channel={drawer.channel} onClose={() => setDrawer((state) => ({ ...state, open: false }))} />
      <ChannelTestModal channel={testing} onClose={() => setTesting(null)} />
    </Card>
  );
}
