import { KeyOutlined } from "@ant-design/icons";
import { App, Button, Flex, Form, Input, InputNumber, Popconfirm, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { SecretOnceModal } from "@/components/SecretOnceModal";
import { applyFieldProblems } from "@/lib/form-problems";
import type { AppRecord } from "../api/apps";
import { type Token, useAppTokens, useIssueToken, useRevokeToken } from "../api/tokens";
import { formatTime } from "../utils/format";
import { TokenState } from "./TokenState";

type Values = { name: string; expires_in_days: number | null };

/** An app's tokens: issue one (shown once), see prefixes and use, revoke. */
export function AppTokens({ app }: { app: AppRecord }) {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const tokens = useAppTokens(app.id);
  const issue = useIssueToken();
  const revoke = useRevokeToken();
  const [issued, setIssued] = useState<string | null>(null);

  const submit = (values: Values) =>
    issue.mutate(
      { appId: app.id, name: values.name?.trim() ?? "", expiresInDays: values.expires_in_days ?? null },
      {
        onSuccess: (token) => {
          form.resetFields();
          setIssued(token.token);
        },
        onError: (error) => applyFieldProblems(form, error, ["name", "expires_in_days"]),
      },
    );

  return (
    <Flex vertical gap={16}>
      <Form<Values> form={form} layout="inline" onFinish={submit} disabled={issue.isPending} style={{ rowGap: 8 }}>
        <Form.Item name="name" rules={[{ max: 100, message: t("validation.max", { count: 100 }) }]}>
          <Input placeholder={t("tokens.namePlaceholder")} aria-label={t("tokens.fields.name")} data-testid="token-name" />
        </Form.Item>
        <Form.Item name="expires_in_days">
          <InputNumber
            min={1}
            max={3650}
            precision={0}
            placeholder={t("tokens.expiresPlaceholder")}
            aria-label={t("tokens.fields.expiresInDays")}
            addonAfter={t("tokens.days")}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<KeyOutlined />} loading={issue.isPending} data-testid="token-issue">
          {t("tokens.issue")}
        </Button>
      </Form>
      <ErrorAlert error={issue.error ?? tokens.error ?? revoke.error} />
      <Table<Token>
        size="small"
        rowKey="id"
        loading={tokens.isPending}
        dataSource={tokens.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t("tokens.empty") }}
        data-testid="token-table"
        columns={[
          { title: t("tokens.fields.name"), dataIndex: "name", render: (name: string) => name || "—" },
          { title: t("tokens.fields.prefix"), dataIndex: "prefix", render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text> },
          { title: t("tokens.fields.created"), dataIndex: "created_at", render: formatTime },
          { title: t("tokens.fields.lastUsed"), dataIndex: "last_used_at", render: (value: string | null) => (value ? formatTime(value) : t("tokens.never")) },
          { title: t("tokens.fields.expires"), dataIndex: "expires_at", render: (value: string | null) => (value ? formatTime(value) : t("tokens.noExpiry")) },
          { title: t("tokens.fields.state"), key: "state", render: (_, token) => <TokenState token={token} /> },
          {
            title: t("actions.title"),
            key: "actions",
            render: (_, token) =>
              token.revoked_at ? null : (
                <Popconfirm
                  title={t("tokens.revokeTitle", { prefix: token.prefix })}
                  description={t("tokens.revokeText")}
                  okText={t("tokens.revoke")}
                  okButtonProps={{ danger: true }}
                  cancelText={t("actions.cancel", { ns: "common" })}
                  onConfirm={() =>
                    revoke.mutateAsync({ appId: app.id, tokenId: token.id }).then(() => message.success(t("tokens.revokedToast")), () => undefined)
                  }
                >
                  <Button type="link" danger size="small" data-testid={`token-revoke-${token.prefix}`}>
                    {t("tokens.revoke")}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <SecretOnceModal
        secret={issued}
        title={t("tokens.issuedTitle")}
        description={t("tokens.issuedText", { app: app.name })}
        onClose={() => setIssued(null)}
      />
    </Flex>
  );
}
