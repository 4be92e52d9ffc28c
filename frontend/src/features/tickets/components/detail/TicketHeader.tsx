import { Descriptions, Flex, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { TicketDetail } from "../../types";
import { StatusTag } from "../StatusTag";

const KIND_COLORS: Record<string, string> = { handler: "blue", candidate: "orange", consulted: "purple" };

/** Who and where: workflow, state, status, creator, current handlers, dates. */
export function TicketHeader({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation("tickets");
  const time = (value: string) => dayjs(value).format("YYYY-MM-DD HH:mm");
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        { key: "serial", label: t("detail.serial"), children: (
            <Typography.Text copyable={{ text: ticket.serial }}>
              <span data-testid="ticket-serial">{ticket.serial}</span>
            </Typography.Text>
          ),
        },
        { key: "workflow", label: t("detail.workflow"), children: `${ticket.workflow.name} · v${ticket.version}` },
        {
          key: "state",
          label: t("detail.state"),
          children: (
            <Flex gap={6} wrap>
              <Tag color="blue" data-testid="ticket-state" style={{ marginInlineEnd: 0 }}>
                {ticket.state.name}
              </Tag>
              <span data-testid="ticket-status">
                <StatusTag status={ticket.status} />
              </span>
            </Flex>
          ),
        },
        { key: "creator", label: t("detail.creator"), children: ticket.creator.display_name || ticket.creator.username },
        {
          key: "handlers",
          label: t("detail.handlers"),
          children: ticket.handlers.length ? (
            <Flex gap={4} wrap data-testid="ticket-handlers">
              {ticket.handlers.map((handler) => (
                <Tag key={`${handler.id}-${handler.kind}`} color={KIND_COLORS[handler.kind]} title={handler.username}>
                  {handler.display_name || handler.username}
                  {handler.kind !== "handler" ? ` · ${t(`roles.${handler.kind}`, { defaultValue: handler.kind })}` : ""}
                </Tag>
              ))}
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t("detail.noHandlers")}</Typography.Text>
          ),
        },
        { key: "created", label: t("detail.created"), children: time(ticket.created_at) },
        { key: "updated", label: t("detail.updated"), children: time(ticket.updated_at) },
      ]}
    />
  );
}
