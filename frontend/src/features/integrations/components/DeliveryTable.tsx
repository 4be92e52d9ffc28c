import { App, Button, Popconfirm, Table, type TablePaginationConfig, Tooltip, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { type Delivery, useRedeliver } from "../api/deliveries";
import { formatTime } from "../utils/format";
import { DeliveryDetail } from "./DeliveryDetail";
import { JobStatusTag } from "./JobStatusTag";
import { TicketRef } from "./TicketRef";

type Props = {
  deliveries: Delivery[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
  /** Webhook names by id (deliveries of document subscriptions have none). */
  webhookNames: Map<number, string>;
  emptyText: string;
};

/** The delivery log: one row per delivery, opened up for its attempts; redeliver with a confirmation. */
export function DeliveryTable({ deliveries, loading, pagination, webhookNames, emptyText }: Props) {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const redeliver = useRedeliver();

  return (
    <Table<Delivery>
      rowKey="id"
      loading={loading}
      dataSource={deliveries}
      pagination={pagination}
      locale={{ emptyText }}
      scroll={{ x: 1100 }}
      expandable={{ expandedRowRender: (delivery) => <DeliveryDetail id={delivery.id} />, expandRowByClick: false }}
      data-testid="delivery-table"
      onRow={(delivery) => ({ "data-testid": `delivery-row-${delivery.id}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t("deliveries.fields.event"), dataIndex: "event", render: (event: string) => t(`events.${event}`, { defaultValue: event }) },
        {
          title: t("deliveries.fields.webhook"),
          key: "webhook",
          render: (_, delivery) => (
            <Tooltip title={delivery.url}>
              <span>
                {delivery.webhook_id === null ? (
                  <Typography.Text type="secondary">{t("deliveries.subscription")}</Typography.Text>
                ) : (
                  (webhookNames.get(delivery.webhook_id) ?? `#${delivery.webhook_id}`)
                )}
              </span>
            </Tooltip>
          ),
        },
        {
          title: t("deliveries.fields.ticket"),
          key: "ticket",
          render: (_, delivery) => (
            <TicketRef ticketId={delivery.ticket_id} serial={delivery.ticket_serial} title={delivery.ticket_title} workflowName={delivery.workflow_name} />
          ),
        },
        { title: t("deliveries.fields.status"), dataIndex: "status", render: (status: string) => <JobStatusTag status={status} /> },
        { title: t("deliveries.fields.attempts"), dataIndex: "attempts", align: "right" },
        {
          title: t("deliveries.fields.responseCode"),
          dataIndex: "last_status_code",
          align: "right",
          render: (code: number | null) => code ?? "—",
        },
        { title: t("deliveries.fields.created"), dataIndex: "created_at", render: formatTime },
        { title: t("deliveries.fields.finished"), dataIndex: "finished_at", render: formatTime },
        { title: t("deliveries.fields.nextRetry"), dataIndex: "next_attempt_at", render: (value: string | null, delivery) => (delivery.finished_at ? "—" : formatTime(value)) },
        {
          title: t("actions.title"),
          key: "actions",
          fixed: "right",
          render: (_, delivery) => (
            <Popconfirm
              title={t("deliveries.redeliverTitle")}
              description={t("deliveries.redeliverText")}
              okText={t("deliveries.redeliver")}
              cancelText={t("actions.cancel", { ns: "common" })}
              onConfirm={() =>
                redeliver.mutateAsync(delivery.id).then(
                  () => message.success(t("deliveries.redelivered")),
                  (error: Error) => message.error(error.message),
                )
              }
            >
              <Button size="small" disabled={delivery.status === "running"} data-testid={`delivery-redeliver-${delivery.id}`}>
                {t("deliveries.redeliver")}
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
