import { Button, Card, Descriptions, Flex, Input, Result, Space, Typography, theme } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { ApiError } from "@/lib/api-client";
import { useLinkPreview } from "../api/use-link-preview";
import { useUseLink } from "../api/use-use-link";
import { LINK_REFUSALS } from "../types";

function Refused({ error }: { error: unknown }) {
  const { t } = useTranslation("action-links");
  const code = error instanceof ApiError ? error.code : "";
  const known = (LINK_REFUSALS as readonly string[]).includes(code);
  const signIn = code === "link_sign_in_required" || code === "link_not_yours";
  return (
    <div data-testid="link-refused" data-code={code}>
    <Result
      status={code === "link_used" ? "info" : "warning"}
      title={known ? t(`refused.${code}.title`) : t("refused.other")}
      subTitle={known ? t(`refused.${code}.text`) : error instanceof Error ? error.message : ""}
      extra={
        <Link to={signIn ? "/login" : "/tickets?view=todo"}>
          <Button type="primary">{signIn ? t("signIn") : t("openConsole")}</Button>
        </Link>
      }
    />
    </div>
  );
}

/** /act/:token — the page an approval email's or chat message's link opens: it says what the link
 *  does, takes an optional comment, and does it once, as the person it was sent to. */
export function ActionLinkPage() {
  const { t } = useTranslation("action-links");
  const { token: design } = theme.useToken();
  const { token = "" } = useParams();
  const preview = useLinkPreview(token);
  const use = useUseLink(token);
  const [comment, setComment] = useState("");

  let body;
  if (preview.isPending) body = <Card loading />;
  else if (preview.isError) body = <Refused error={preview.error} />;
  else if (use.isError) body = <Refused error={use.error} />;
  else if (use.isSuccess)
    body = (
      <div data-testid="link-done">
      <Result
        status="success"
        title={t("done.title", { transition: use.data.transition.name, serial: use.data.ticket.serial })}
        subTitle={t("done.text", { state: use.data.state_name })}
        extra={<Link to={`/tickets/${use.data.ticket.id}`}>{t("openTicket")}</Link>}
      />
      </div>
    );
  else {
    const link = preview.data;
    const reject = link.transition.attribute === "reject";
    body = (
      <Card title={t("title")} data-testid="link-confirm">
        <Space direction="vertical" style={{ width: "100%" }} size="middle">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t("ticket")}>
              {link.ticket.serial} · {link.ticket.title}
            </Descriptions.Item>
            <Descriptions.Item label={t("state")}>{link.state_name}</Descriptions.Item>
            <Descriptions.Item label={t("as")}>{link.person.display_name || link.person.username}</Descriptions.Item>
          </Descriptions>
          <label htmlFor="link-comment">{t("comment")}</label>
          <Input.TextArea id="link-comment" rows={3} maxLength={2000} value={comment} onChange={(event) => setComment(event.target.value)} data-testid="link-comment" />
          <Typography.Text type="secondary">{t("once")}</Typography.Text>
          <Button type="primary" danger={reject} loading={use.isPending} onClick={() => use.mutate(comment)} data-testid="link-confirm-button">
            {t("confirm", { transition: link.transition.name })}
          </Button>
        </Space>
      </Card>
    );
  }
  return (
    <Flex vertical align="center" style={{ minHeight: "100vh", background: design.colorBgLayout, padding: 16 }}>
      <Flex justify="flex-end" style={{ width: "100%", maxWidth: 560 }}>
        <LanguageSwitch />
      </Flex>
      <div style={{ width: "100%", maxWidth: 560, marginTop: 24 }}>{body}</div>
    </Flex>
  );
}
