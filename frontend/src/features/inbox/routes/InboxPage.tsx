import { Button, Empty, List, Segmented, Space, type TablePaginationConfig, Tag, Typography, theme } from "antd";
import type { PaginationConfig } from "antd/es/pagination";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { relativeTime } from "@/lib/relative-time";
import { Page } from "@/components/Page";
import { useListCursor } from "@/lib/shortcuts";
import { useCursorPages } from "@/lib/use-cursor-pages";
import { INBOX_PAGE, useInbox } from "../api/use-inbox";
import { useMarkAllRead } from "../api/use-mark-all-read";
import { useMarkRead } from "../api/use-mark-read";
import type { InboxItem } from "../types";

const KIND_COLORS: Record<InboxItem["kind"], string> = {
  turn: "blue",
  moved: "green",
  comment: "default",
  mention: "purple",
  consult: "cyan",
  sla: "red",
};

/** Kinds whose line already quotes the comment; the others show the action's comment below it. */
const QUOTING: InboxItem["kind"][] = ["comment", "mention", "consult"];

/** The shared cursor pager's settings, as a list's pagination. */
function pager({ position: _position, ...config }: TablePaginationConfig): PaginationConfig {
  return { ...config, align: "end" };
}

/** /inbox: my notifications, all or unread only; opening one marks it read. */
export function InboxPage() {
  const { t, i18n } = useTranslation("inbox");
  const [unread, setUnread] = useState(false);
  const pages = useCursorPages(unread ? "unread" : "all", INBOX_PAGE);
  const inbox = useInbox(unread, pages.cursor);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = inbox.data?.items ?? [];
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const open = (item: InboxItem) => {
    if (!item.read) markRead.mutate(item.id);
  };
  // j / k select a notification, Enter opens its ticket (and marks it read).
  const cursor = useListCursor({
    items,
    onOpen: (item) => {
      open(item);
      navigate(`/tickets/${item.ticket.id}`);
    },
  });
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });

  const text = (item: InboxItem) =>
    item.due_at
      ? // An SLA warning: how long was left when it came, and when exactly the SLA runs out.
        t("lines.slaDue", {
          state: item.state_name,
          in: relativeTime(item.created_at, item.due_at, i18n.language),
          due: when.format(new Date(item.due_at)),
        })
      : t(`lines.${item.kind}`, { actor: item.actor ?? t("engine"), state: item.state_name, excerpt: item.excerpt });
  return (
    <Page
      title={t("title")}
      extra={
        <>
          <Button onClick={() => markAll.mutate()} loading={markAll.isPending} data-testid="inbox-read-all">
            {t("markAllRead")}
          </Button>
          <Link to="/inbox/settings">{t("settings")}</Link>
        </>
      }
    >
      <Space direction="vertical" style={{ width: "100%" }} size="middle">
        <Segmented
          value={unread ? "unread" : "all"}
          onChange={(value) => setUnread(value === "unread")}
          options={[
            { value: "all", label: t("filters.all") },
            { value: "unread", label: t("filters.unread") },
          ]}
          data-testid="inbox-filter"
        />
        {inbox.isError ? <ErrorAlert error={inbox.error} /> : null}
        <List
          loading={inbox.isPending}
          dataSource={items}
          locale={{ emptyText: <Empty description={t("empty")} /> }}
          style={{ background: token.colorBgContainer }}
          bordered
          pagination={items.length || pages.page > 1 ? pager(pages.pagination(inbox.data?.next_cursor)) : false}
          renderItem={(item) => (
            <List.Item
              data-testid={`inbox-item-${item.id}`}
              data-read={item.read ? "yes" : "no"}
              data-cursor={cursor.selected?.id === item.id ? "yes" : undefined}
              className={cursor.selected?.id === item.id ? "list-cursor" : undefined}
              style={{ background: item.read ? undefined : token.colorPrimaryBg }}
              actions={
                item.read
                  ? []
                  : [
                      <Button key="read" size="small" type="link" onClick={() => markRead.mutate(item.id)} data-testid={`inbox-read-${item.id}`}>
                        {t("markRead")}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Tag color={KIND_COLORS[item.kind]}>{t(`kinds.${item.kind}`)}</Tag>
                    <Link to={`/tickets/${item.ticket.id}`} onClick={() => open(item)}>
                      {item.ticket.serial} · {item.ticket.title}
                    </Link>
                  </Space>
                }
                description={
                  <Space direction="vertical" size={0}>
                    <Typography.Text>{text(item)}</Typography.Text>
                    {item.excerpt && !QUOTING.includes(item.kind) ? <Typography.Text italic>“{item.excerpt}”</Typography.Text> : null}
                    <Typography.Text type="secondary">{when.format(new Date(item.created_at))}</Typography.Text>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Space>
    </Page>
  );
}
