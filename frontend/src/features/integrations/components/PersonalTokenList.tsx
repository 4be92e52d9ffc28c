import { App, Button, Checkbox, Flex, Input, Popconfirm, Table, Tag, Typography, type ButtonProps } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import type { PersonalTokenFilters } from "../api/keys";
import { type PersonalTokenRow, usePersonalTokens, useRevokePersonalToken } from "../api/personal-tokens";
import { formatTime } from "../utils/format";
import { tokenState } from "../utils/token-state";
import { TokenState } from "./TokenState";

/**
 * Everyone's personal tokens, for tenant admins: one person's (exact username) or live ones only,
 * kept in the URL; a live one can be revoked (each person makes theirs on their profile).
 */
export function PersonalTokenList() {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const filters: PersonalTokenFilters = { username: params.get("username") || undefined, live: params.get("live") === "1" };
  const tokens = usePersonalTokens(filters);
  const revoke = useRevokePersonalToken();
  const filtered = Boolean(filters.username) || filters.live;

  const setFilter = (key: "username" | "live", value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <Typography.Paragraph type="secondary">{t("personalTokens.intro")}</Typography.Paragraph>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={filters.username}
          onSearch={(value) => setFilter("username", value.trim() || undefined)}
          placeholder={t("personalTokens.filterUsername")}
          aria-label={t("personalTokens.filterUsername")}
          style={{ width: 240 }}
          data-testid="personal-token-filter-username"
        />
        <Checkbox checked={filters.live} onChange={(event) => setFilter("live", event.target.checked ? "1" : undefined)} data-testid="personal-token-filter-live">
          {t("personalTokens.liveOnly")}
        </Checkbox>
      </Flex>
      <ErrorAlert error={tokens.error ?? revoke.error} />
      <Table<PersonalTokenRow>
        size="small"
        rowKey="id"
        loading={tokens.isPending || (tokens.isFetching && tokens.isPlaceholderData)}
        dataSource={tokens.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: filtered ? t("personalTokens.emptyFiltered") : t("personalTokens.empty") }}
        data-testid="personal-token-admin-table"
        columns={[
          { title: t("personalTokens.fields.username"), dataIndex: "username" },
          { title: t("tokens.fields.name"), dataIndex: "name" },
          { title: t("tokens.fields.prefix"), dataIndex: "prefix", render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text> },
          {
            title: t("personalTokens.fields.scopes"),
            dataIndex: "scopes",
            render: (scopes: string[]) => scopes.map((scope) => <Tag key={scope}>{scope}</Tag>),
          },
          { title: t("tokens.fields.expires"), dataIndex: "expires_at", render: formatTime },
          { title: t("tokens.fields.lastUsed"), dataIndex: "last_used_at", render: (value: string | null) => (value ? formatTime(value) : t("tokens.never")) },
          { title: t("tokens.fields.state"), key: "state", render: (_, token) => <TokenState token={token} /> },
          {
            title: t("actions.title"),
            key: "actions",
            // Revoking a revoked or expired token would change nothing.
            render: (_, token) =>
              tokenState(token) !== "active" ? null : (
                <Popconfirm
                  title={t("personalTokens.revokeTitle", { username: token.username, name: token.name })}
                  description={t("personalTokens.revokeText")}
                  okText={t("tokens.revoke")}
                  okButtonProps={{ danger: true, "data-testid": "personal-token-admin-revoke-confirm" } as ButtonProps}
                  cancelText={t("actions.cancel", { ns: "common" })}
                  onConfirm={() => revoke.mutateAsync(token.id).then(() => message.success(t("tokens.revokedToast")), () => undefined)}
                >
                  <Button type="link" danger size="small" data-testid={`personal-token-admin-revoke-${token.prefix}`}>
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
