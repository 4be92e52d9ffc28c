import { App, Button, Popconfirm, Table, Tag, Typography, type ButtonProps } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useMyTokens } from "../api/use-my-tokens";
import { useRevokeMyToken } from "../api/use-revoke-my-token";
import type { PersonalToken } from "../types";
import { formatTime } from "../utils/format";

const isRevoked = (token: PersonalToken) => Boolean(token.revoked_at);
const isExpired = (token: PersonalToken) => dayjs(token.expires_at).isBefore(dayjs());

function TokenState({ token }: { token: PersonalToken }) {
  const { t } = useTranslation("profile");
  if (isRevoked(token)) return <Tag>{t("tokens.state.revoked")}</Tag>;
  if (isExpired(token)) return <Tag color="orange">{t("tokens.state.expired")}</Tag>;
  return <Tag color="green">{t("tokens.state.active")}</Tag>;
}

/** My tokens: what each may do, when it stops and was last used; a live one can be revoked. */
export function PersonalTokenTable() {
  const { t } = useTranslation("profile");
  const { message } = App.useApp();
  const tokens = useMyTokens();
  const revoke = useRevokeMyToken();
  return (
    <>
      <ErrorAlert error={tokens.error ?? revoke.error} />
      <Table<PersonalToken>
        size="small"
        rowKey="id"
        loading={tokens.isPending}
        dataSource={tokens.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("tokens.empty") }}
        data-testid="personal-token-table"
        columns={[
          { title: t("tokens.fields.name"), dataIndex: "name" },
          { title: t("tokens.fields.prefix"), dataIndex: "prefix", render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text> },
          {
            title: t("tokens.fields.scopes"),
            dataIndex: "scopes",
            render: (scopes: string[]) => scopes.map((scope) => <Tag key={scope}>{scope}</Tag>),
          },
          { title: t("tokens.fields.created"), dataIndex: "created_at", render: formatTime },
          { title: t("tokens.fields.expires"), dataIndex: "expires_at", render: formatTime },
          { title: t("tokens.fields.lastUsed"), dataIndex: "last_used_at", render: (value: string | null) => (value ? formatTime(value) : t("tokens.never")) },
          { title: t("tokens.fields.state"), key: "state", render: (_, token) => <TokenState token={token} /> },
          {
            title: t("tokens.fields.actions"),
            key: "actions",
            // Revoking a revoked or expired token would change nothing.
            render: (_, token) =>
              isRevoked(token) || isExpired(token) ? null : (
                <Popconfirm
                  title={t("tokens.revokeTitle", { name: token.name })}
                  description={t("tokens.revokeText")}
                  okText={t("tokens.revoke")}
                  okButtonProps={{ danger: true, "data-testid": "personal-token-revoke-confirm" } as ButtonProps}
                  cancelText={t("actions.cancel", { ns: "common" })}
                  onConfirm={() => revoke.mutateAsync(token.id).then(() => message.success(t("tokens.revoked")), () => undefined)}
                >
                  <Button type="link" danger size="small" data-testid={`personal-token-revoke-${token.prefix}`}>
                    {t("tokens.revoke")}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </>
  );
}
