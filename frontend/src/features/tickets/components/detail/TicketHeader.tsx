import { Descriptions, Flex, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { TicketDetail } from "../../types";
import { StatusTag } from "../StatusTag";
import { HandlerTags } from "./HandlerTags";
import { SlaDue } from "./SlaDue";

/** Where the ticket is: its state, or while parallel branches run (its own state is then the split,
 *  which means nothing to a person), the state of each branch (those waiting at the join greyed). */
function StateTags({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation("tickets");
  const branches = ticket.branches ?? [];
  if (!branches.length) {
    return (
      <Tag color="blue" data-testid="ticket-state" style={{ marginInlineEnd: 0 }}>
        {ticket.state.name}
      </Tag>
    );
  }
  const places = new Map(branches.map((branch) => [`${branch.status} ${branch.state.key}`, branch]));
  return (
    <Flex gap={4} wrap data-testid="ticket-state">
      {[...places.values()].map((branch) => (
        <Tag
          key={`${branch.status} ${branch.state.key}`}
          color={branch.status === "active" ? "blue" : "default"}
          title={t(`branches.status.${branch.status}`, { defaultValue: branch.status })}
          style={{ marginInlineEnd: 0 }}
        >
          {branch.state.name}
        </Tag>
      ))}
    </Flex>
  );
}

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
              <StateTags ticket={ticket} />
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
            <HandlerTags handlers={ticket.handlers} testId="ticket-handlers" />
          ) : (
            <Typography.Text type="secondary">{t("detail.noHandlers")}</Typography.Text>
          ),
        },
        ...(ticket.sla ? [{ key: "due", label: t("detail.due"), children: <SlaDue sla={ticket.sla} /> }] : []),
        { key: "created", label: t("detail.created"), children: time(ticket.created_at) },
        { key: "updated", label: t("detail.updated"), children: time(ticket.updated_at) },
      ]}
    />
  );
}
