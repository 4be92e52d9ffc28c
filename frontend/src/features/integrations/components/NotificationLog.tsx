import { Button, Card, Flex, Input, Select, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TicketRef } from "./TicketRef";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useChannels } from "@/entities/channels";
import { useCursorPages } from "@/lib/use-cursor-pages";
import type { NotificationFilters, NotificationStatus } from "../api/keys";
import { type NotificationRecord, useNotifications } from "../api/use-notifications";
import { formatTime } from "../utils/format";
import { JobStatusTag } from "./JobStatusTag";

const PAGE_SIZE = 20;
const STATUSES: NotificationStatus[] = ["pending", "running", "succeeded", "failed"];

/** Recent notifications: what was sent to whom through which channel, and what failed. */
export function NotificationLog() {
  const { t } = useTranslation("integrations");
  const [filters, setFilters] = useState<NotificationFilters>({});
  const pages = useCursorPages(JSON.stringify(filters), PAGE_SIZE);
  const notifications = useNotifications(filters, pages.cursor, PAGE_SIZE);
  const channels = useChannels();

  return (
    <Card
      title={t("notifications.title")}
      extra={
        <Button onClick={() => notifications.refetch()} loading={notifications.isRefetching}>
          {t("actions.refresh", { ns: "common" })}
        </Button>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          value={filters.channel_id}
          onChange={(channel_id?: number) => setFilters((current) => ({ ...current, channel_id }))}
          placeholder={t("notifications.filterChannel")}
          aria-label={t("notifications.filterChannel")}
          style={{ width: 220 }}
          options={(channels.data ?? []).map((channel) => ({ value: channel.id, label: channel.name }))}
        />
        <Select
          allowClear
          value={filters.status}
          onChange={(status?: NotificationStatus) => setFilters((current) => ({ ...current, status }))}
          placeholder={t("notifications.filterStatus")}
          aria-label={t("notifications.filterStatus")}
          style={{ width: 180 }}
          options={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
        <Input.Search
          allowClear
          placeholder={t("deliveries.filterSerial")}
          aria-label={t("deliveries.filterSerial")}
          style={{ width: 200 }}
          data-testid="notification-filter-serial"
          onSearch={(value) => setFilters((current) => ({ ...current, ticket_serial: value.trim() || undefined }))}
        />
        <Input.Search
          allowClear
          placeholder={t("deliveries.filterWorkflow")}
          aria-label={t("deliveries.filterWorkflow")}
          style={{ width: 200 }}
          onSearch={(value) => setFilters((current) => ({ ...current, workflow_key: value.trim() || undefined }))}
        />
      </Flex>
      <ErrorAlert error={notifications.error} />
      <Table<NotificationRecord>
        rowKey="id"
        size="middle"
        loading={notifications.isPending || (notifications.isFetching && notifications.isPlaceholderData)}
        dataSource={notifications.data?.items ?? []}
        pagination={pages.pagination(notifications.data?.next_cursor)}
        locale={{ emptyText: t("notifications.empty") }}
        scroll={{ x: 1000 }}
        expandable={{
          expandedRowRender: (row) => (
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{row.body || t("notifications.noBody")}</Typography.Paragraph>
          ),
        }}
        data-testid="notification-table"
        columns={[
          { title: t("notifications.fields.created"), dataIndex: "created_at", width: 170, render: formatTime },
          { title: t("notifications.fields.channel"), dataIndex: "channel_code", render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          { title: t("notifications.fields.event"), dataIndex: "event", render: (event: string | null) => (event ? t(`events.${event}`, { defaultValue: event }) : t("notifications.test")) },
          {
            title: t("notifications.fields.ticket"),
            key: "ticket",
            render: (_, row) => <TicketRef ticketId={row.ticket_id} serial={row.ticket_serial} title={row.ticket_title} workflowName={row.workflow_name} />,
          },
          { title: t("notifications.fields.recipients"), dataIndex: "recipients", ellipsis: true, render: (names: string[]) => names.join(", ") || "—" },
          { title: t("notifications.fields.subject"), dataIndex: "subject", ellipsis: true },
          { title: t("notifications.fields.status"), dataIndex: "status", render: (status: string) => <JobStatusTag status={status} /> },
          { title: t("notifications.fields.attempts"), dataIndex: "attempts", align: "right" },
          {
            title: t("notifications.fields.lastError"),
            dataIndex: "last_error",
            ellipsis: true,
            render: (error: string) => (error ? <Typography.Text type="danger">{error}</Typography.Text> : "—"),
          },
        ]}
      />
    </Card>
  );
}
