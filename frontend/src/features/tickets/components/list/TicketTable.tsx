import { Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import type { HTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { TicketSummary } from "../../types";
import { StatusTag } from "../StatusTag";

type Props = { tickets: TicketSummary[]; loading: boolean; empty: ReactNode };

/** A page of tickets; a row opens the ticket (the serial is a link, for the keyboard). */
export function TicketTable({ tickets, loading, empty }: Props) {
  const { t } = useTranslation("tickets");
  const navigate = useNavigate();
  const columns: ColumnsType<TicketSummary> = [
    {
      key: "serial",
      title: t("columns.serial"),
      width: 190,
      render: (_, ticket) => (
        <Link to={`/tickets/${ticket.id}`} onClick={(event) => event.stopPropagation()} data-testid={`ticket-link-${ticket.serial}`}>
          {ticket.serial}
        </Link>
      ),
    },
    {
      key: "title",
      title: t("columns.title"),
      render: (_, ticket) => (
        <>
          <Typography.Text>{ticket.title}</Typography.Text>
          {ticket.my_role === "candidate" ? <Tag color="orange" style={{ marginInlineStart: 8 }}>{t("roles.candidate")}</Tag> : null}
          {ticket.my_role === "consulted" ? <Tag color="purple" style={{ marginInlineStart: 8 }}>{t("roles.consulted")}</Tag> : null}
        </>
      ),
    },
    { key: "workflow", title: t("columns.workflow"), width: 180, render: (_, ticket) => ticket.workflow.name },
    { key: "state", title: t("columns.state"), width: 150, render: (_, ticket) => <Tag>{ticket.state.name}</Tag> },
    { key: "status", title: t("columns.status"), width: 120, render: (_, ticket) => <StatusTag status={ticket.status} /> },
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
      render: (_, ticket) => (
        <span title={dayjs(ticket.updated_at).format("YYYY-MM-DD HH:mm:ss")}>{dayjs(ticket.updated_at).format("YYYY-MM-DD HH:mm")}</span>
      ),
    },
  ];
  return (
    <Table<TicketSummary>
      data-testid="tickets-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={tickets}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: empty }}
      onRow={(ticket) =>
        ({
          onClick: () => navigate(`/tickets/${ticket.id}`),
          style: { cursor: "pointer" },
          "data-testid": `ticket-row-${ticket.serial}`,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
