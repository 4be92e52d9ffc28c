import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Form, Input, Popconfirm, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { type ScimToken, useCreateScimToken, useRevokeScimToken, useScimTokens } from "../api/scim";
import { TokenOnceModal } from "./TokenOnceModal";

const when = (value: string | null | undefined) => (value ? dayjs(value).format("YYYY-MM-DD HH:mm") : "—");

/** SCIM: the bearer tokens identity providers call /scim/v2/ with (created here, shown once; revoked here). */
export function ScimTokensCard() {
  const { t } = useTranslation("directory-feeds");
  const tokens = useScimTokens();
  const create = useCreateScimToken();
  const revoke = useRevokeScimToken();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<{ token: string; endpoint: string } | null>(null);

  const submit = () => {
    if (!name.trim()) return;
    create.mutate(name.trim(), { onSuccess: (answer) => { setName(""); setCreated({ token: answer.token, endpoint: answer.endpoint }); } });
  };

  return (
    <Card title={t("scim.title")} style={{ marginTop: 24 }}>
      <Typography.Paragraph type="secondary">{t("scim.intro")}</Typography.Paragraph>
      <ErrorAlert error={tokens.error ?? create.error ?? revoke.error} />
      <Form layout="inline" onFinish={submit} style={{ marginBottom: 16 }}>
        <Form.Item label={t("scim.name")} htmlFor="scim-token-name">
          <Input id="scim-token-name" value={name} maxLength={100} onChange={(event) => setName(event.target.value)} placeholder="Okta" data-testid="scim-token-name" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending} disabled={!name.trim()} data-testid="scim-token-create">
          {t("scim.create")}
        </Button>
      </Form>
      <Table<ScimToken>
        rowKey="id"
        size="small"
        loading={tokens.isPending}
        dataSource={tokens.data ?? []}
        pagination={false}
        locale={{ emptyText: t("scim.empty") }}
        data-testid="scim-tokens"
        columns={[
          { title: t("scim.name"), dataIndex: "name" },
          { title: t("scim.prefix"), dataIndex: "prefix", render: (prefix: string) => <Typography.Text code>{`lft_${prefix}_…`}</Typography.Text> },
          { title: t("scim.createdAt"), dataIndex: "created_at", render: when },
          { title: t("scim.lastUsed"), dataIndex: "last_used_at", render: when },
          {
            title: t("scim.state"),
            key: "state",
            render: (_, token) => (token.revoked_at ? <Tag>{t("scim.revoked")}</Tag> : <Tag color="green">{t("scim.live")}</Tag>),
          },
          {
            title: t("actions"),
            key: "actions",
            render: (_, token) =>
              token.revoked_at ? null : (
                <Space>
                  <Popconfirm title={t("scim.revokeTitle", { name: token.name })} description={t("scim.revokeText")} okText={t("scim.revoke")}
                    okButtonProps={{ danger: true }} cancelText={t("cancel")} onConfirm={() => revoke.mutateAsync(token.id).then(() => undefined, () => undefined)}>
                    <Button type="link" danger data-testid={`scim-revoke-${token.id}`}>{t("scim.revoke")}</Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <TokenOnceModal created={created} onClose={() => setCreated(null)} />
    </Card>
  );
}
