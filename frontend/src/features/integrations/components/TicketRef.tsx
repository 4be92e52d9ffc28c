import { Space, Typography } from "antd";
import { Link } from "react-router";

type Props = {
  ticketId: number | null;
  serial: string | null;
  title: string | null;
  workflowName: string | null;
};

/** A job's ticket as people know it: its serial (linking to the ticket), title and workflow. */
export function TicketRef({ ticketId, serial, title, workflowName }: Props) {
  if (ticketId === null) return <>—</>;
  return (
    <Space direction="vertical" size={0}>
      <Link to={`/tickets/${ticketId}`} data-testid={`ticket-ref-${ticketId}`}>
        {serial ?? `#${ticketId}`}
      </Link>
      {title ? <Typography.Text ellipsis style={{ maxWidth: 240 }}>{title}</Typography.Text> : null}
      {workflowName ? <Typography.Text type="secondary">{workflowName}</Typography.Text> : null}
    </Space>
  );
}
