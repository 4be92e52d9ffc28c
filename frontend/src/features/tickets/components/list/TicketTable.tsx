import { Flex, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { SorterResult } from "antd/es/table/interface";
import dayjs from "dayjs";
import type { HTMLAttributes, MouseEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { TicketSummary } from "../../types";
import { canQuick, onBehalfOf } from "../../utils/quick";
import { StatusTag } from "../StatusTag";
import { QuickActions } from "./QuickActions";
import { useRowsInSteps } from "@/lib/use-rows-in-steps";
import { useScreens } from "@/lib/use-screens";

type Props = {
  tickets: TicketSummary[];
  loading: boolean;
  empty: ReactNode;
  /** The to-do list: approve / reject buttons on rows that need no field, and rows to select for a bulk action. */
  quick?: { selected: number[]; onSelect: (ids: number[]) => void };
  /** The list's sort (a column of TICKET_SORTS, `-` first for descending); none: newest first. */
  sort?: string;
  onSort?: (sort: string | undefined) => void;
  /** The row the keyboard selection (j / k) is on. */
  cursorId?: number;
};

/**
 * The "select all" box. Ant Design's table repeats column titles in a hidden row it measures widths
 * with (aria-hidden); a checkbox there is focusable yet hidden from screen readers (axe's
 * aria-hidden-focus). The copy in that row is made inert; the header's own box is untouched.
 */
function SelectAllTitle({ checkbox }: { checkbox: ReactNode }) {
  const inertInMeasureRow = (node: HTMLSpanElement | null) => {
    if (node?.closest(".ant-table-measure-row")) node.inert = true;
  };
  return <span ref={inertInMeasureRow}>{checkbox}</span>;
}

/** The table's sortable columns and the API's sort key of each. */
const SORT_KEYS: Record<string, string> = { serial: "serial", title: "title", state: "state_key", status: "status", updated: "updated_at" };

/** A column's sort props: sortable, showing the list's sort when it is this column. */
function sortProps(key: string, sort: string | undefined) {
  const order = sort === SORT_KEYS[key] ? ("ascend" as const) : sort === `-${SORT_KEYS[key]}` ? ("descend" as const) : null;
  return { sorter: true, sortOrder: order, sortDirections: ["ascend" as const, "descend" as const] };
}

/** Whom the ticket waits for: the first few people, and how many more. */
function WaitingCell({ ticket }: { ticket: TicketSummary }) {
  const { t } = useTranslation("tickets");
  const people = ticket.waiting_for ?? [];
  if (people.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const more = (ticket.waiting_count ?? people.length) - people.length;
  return (
    <span data-testid="waiting-for">
      {people.map((person) => person.display_name || person.username).join(", ")}
      {more > 0 ? ` ${t("list.andMore", { count: more })}` : ""}
    </span>
  );
}

const ROLE_COLORS: Record<string, string> = { candidate: "orange", consulted: "purple" };

/** Whether I am asked to act on parallel branches of the ticket (several steps, or one on a branch). */
const onBranches = (ticket: TicketSummary) => {
  const steps = ticket.my_steps ?? [];
  return steps.length > 1 || steps.some((step) => step.branch);
};

/** Where the ticket is, for its row: while it runs parallel branches and I am asked to act on some of
 *  them, my steps (the states of those branches; the ticket's own state is then the split, which means
 *  nothing to a person); else its state. */
function StateCell({ ticket }: { ticket: TicketSummary }) {
  const { t } = useTranslation("tickets");
  if (!onBranches(ticket)) return <Tag>{ticket.state.name}</Tag>;
  return (
    <Flex gap={4} wrap data-testid="my-steps">
      {(ticket.my_steps ?? []).map((step) => (
        <Tag
          key={step.branch}
          color={ROLE_COLORS[step.role] ?? "blue"}
          title={t("list.yourStep", { role: t(`roles.${step.role}`, { defaultValue: step.role }) })}
          style={{ marginInlineEnd: 0 }}
        >
          {step.state.name}
        </Tag>
      ))}
    </Flex>
  );
}

/** The title, and tags for whom I act for and in which role. */
function TitleCell({ ticket }: { ticket: TicketSummary }) {
  const { t } = useTranslation("tickets");
  // On branches my role is told per step, in the state column.
  const role = onBranches(ticket) ? undefined : ticket.my_role;
  const behalf = onBehalfOf(ticket);
  return (
    <>
      <Typography.Text>{ticket.title}</Typography.Text>
      {behalf ? (
        <Tag color="geekblue" style={{ marginInlineStart: 8 }} data-testid={`on-behalf-${ticket.id}`}>
          {t("list.onBehalfOf", { name: behalf })}
        </Tag>
      ) : null}
      {role === "candidate" ? <Tag color="orange" style={{ marginInlineStart: 8 }}>{t("roles.candidate")}</Tag> : null}
      {role === "consulted" ? <Tag color="purple" style={{ marginInlineStart: 8 }}>{t("roles.consulted")}</Tag> : null}
    </>
  );
}

const serialLink = (ticket: TicketSummary) => (
  <Link to={`/tickets/${ticket.id}`} onClick={(event) => event.stopPropagation()} data-testid={`ticket-link-${ticket.serial}`}>
    {ticket.serial}
  </Link>
);

/** A row as a small card, for a phone: serial and status, title, where it is and whom it waits for,
 *  workflow and time, and the quick buttons. */
function CompactCell({ ticket, quick }: { ticket: TicketSummary; quick: boolean }) {
  const { t } = useTranslation("tickets");
  return (
    <Flex vertical gap={4} data-testid={`compact-ticket-${ticket.serial}`}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        {serialLink(ticket)}
        <StatusTag status={ticket.status} />
      </Flex>
      <div>
        <TitleCell ticket={ticket} />
      </div>
      <Flex gap={8} align="center" wrap>
        <StateCell ticket={ticket} />
        <Typography.Text type="secondary">
          {t("columns.waitingFor")}: <WaitingCell ticket={ticket} />
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {ticket.workflow.name} · {ticket.creator.display_name || ticket.creator.username} · {dayjs(ticket.updated_at).format("YYYY-MM-DD HH:mm")}
      </Typography.Text>
      {quick ? <QuickActions ticket={ticket} /> : null}
    </Flex>
  );
}

/** A page of tickets; a row opens the ticket (the serial is a link, for the keyboard). Narrower than
 *  768 px (a phone) each row is one small card, so the page needs no sideways scrolling. */
export function TicketTable({ tickets, loading, empty, quick, sort, onSort, cursorId }: Props) {
  const { t } = useTranslation("tickets");
  const navigate = useNavigate();
  const compact = useScreens().md === false;
  // A phone's cards are drawn a screenful at a time (the first with the page).
  const rows = useRowsInSteps(tickets, compact);
  const compactColumns: ColumnsType<TicketSummary> = [
    { key: "ticket", title: t("columns.title"), render: (_, ticket) => <CompactCell ticket={ticket} quick={Boolean(quick)} /> },
  ];
  const columns: ColumnsType<TicketSummary> = [
    {
      key: "serial",
      title: t("columns.serial"),
      width: 190,
      ...sortProps("serial", sort),
      render: (_, ticket) => serialLink(ticket),
    },
    {
      key: "title",
      title: t("columns.title"),
      ...sortProps("title", sort),
      render: (_, ticket) => <TitleCell ticket={ticket} />,
    },
    { key: "workflow", title: t("columns.workflow"), width: 180, render: (_, ticket) => ticket.workflow.name },
    { key: "state", title: t("columns.state"), width: 150, ...sortProps("state", sort), render: (_, ticket) => <StateCell ticket={ticket} /> },
    { key: "waiting", title: t("columns.waitingFor"), width: 170, render: (_, ticket) => <WaitingCell ticket={ticket} /> },
    { key: "status", title: t("columns.status"), width: 120, ...sortProps("status", sort), render: (_, ticket) => <StatusTag status={ticket.status} /> },
    {
      key: "creator",
      title: t("columns.creator"),
      width: 150,
      render: (_, ticket) => ticket.creator.display_name || ticket.creator.username,
    },
    {
      key: "updated",
      title: t("columns.updated"),
      width: 150,
      ...sortProps("updated", sort),
      render: (_, ticket) => (
        <span title={dayjs(ticket.updated_at).format("YYYY-MM-DD HH:mm:ss")}>{dayjs(ticket.updated_at).format("YYYY-MM-DD HH:mm")}</span>
      ),
    },
    // Kept in sight on the right while the table scrolls sideways.
    ...(quick
      ? [{ key: "quick", title: t("columns.quick"), width: 180, fixed: "right" as const, render: (_: unknown, ticket: TicketSummary) => <QuickActions ticket={ticket} /> }]
      : []),
  ];
  return (
    <Table<TicketSummary>
      rowSelection={
        quick
          ? {
              selectedRowKeys: quick.selected,
              onChange: (keys) => quick.onSelect(keys.map(Number)),
              getCheckboxProps: (ticket) => ({ disabled: !canQuick(ticket), "aria-label": t("bulk.select", { serial: ticket.serial }) }),
              columnWidth: 40,
              columnTitle: (checkbox: ReactNode) => <SelectAllTitle checkbox={checkbox} />,
            }
          : undefined
      }
      data-testid="tickets-table"
      rowKey="id"
      size="middle"
      columns={compact ? compactColumns : columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={compact ? undefined : { x: quick ? 1620 : 1450 }}
      rowClassName={(ticket) => (ticket.id === cursorId ? "list-cursor" : "")}
      onChange={(_pagination, _filters, sorter) => {
        const chosen = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<TicketSummary> | undefined;
        const key = SORT_KEYS[String(chosen?.columnKey ?? "")];
        if (!onSort) return;
        if (!key || !chosen?.order) onSort(undefined);
        else onSort(chosen.order === "descend" ? `-${key}` : key);
      }}
      locale={{ emptyText: empty }}
      onRow={(ticket) =>
        ({
          onClick: (event: MouseEvent) => {
            // A click on the row's checkbox selects it; anywhere else opens the ticket.
            if ((event.target as HTMLElement).closest?.(".ant-table-selection-column")) return;
            navigate(`/tickets/${ticket.id}`);
          },
          style: { cursor: "pointer" },
          "data-testid": `ticket-row-${ticket.serial}`,
          "data-cursor": ticket.id === cursorId ? "yes" : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
