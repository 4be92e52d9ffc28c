import { Button, Flex, Input, Select } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useCursorPages } from "@/lib/use-cursor-pages";
import { useDeliveries } from "../api/deliveries";
import type { DeliveryFilters, DeliveryStatus } from "../api/keys";
import { useWebhooks } from "../api/webhooks";
import { DeliveryTable } from "../components/DeliveryTable";

const PAGE_SIZE = 25;
const STATUSES: DeliveryStatus[] = ["pending", "running", "succeeded", "failed"];

/** The webhook delivery log, filtered by webhook, status or ticket (kept in the URL). */
export function DeliveriesPage() {
  const { t } = useTranslation("integrations");
  const [params, setParams] = useSearchParams();
  const filters: DeliveryFilters = {
    webhook_id: Number(params.get("webhook")) || undefined,
    status: STATUSES.find((status) => status === params.get("status")),
    ticket_id: Number(params.get("ticket")) || undefined,
    ticket_serial: params.get("serial") || undefined,
    workflow_key: params.get("workflow") || undefined,
  };
  const pages = useCursorPages(JSON.stringify(filters), PAGE_SIZE);
  const deliveries = useDeliveries(filters, pages.cursor, PAGE_SIZE);
  const webhooks = useWebhooks();
  const webhookNames = useMemo(() => new Map((webhooks.data ?? []).map((webhook) => [webhook.id, webhook.name])), [webhooks.data]);
  const filtered = Object.values(filters).some((value) => value !== undefined);

  const setFilter = (key: string, value: string | number | undefined | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, String(value));
      else next.delete(key);
      return next;
    });

  return (
    <Page
      title={t("deliveries.title")}
      extra={
        <Button onClick={() => deliveries.refetch()} loading={deliveries.isRefetching} data-testid="delivery-refresh">
          {t("actions.refresh", { ns: "common" })}
        </Button>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          value={filters.webhook_id}
          onChange={(value?: number) => setFilter("webhook", value)}
          placeholder={t("deliveries.filterWebhook")}
          aria-label={t("deliveries.filterWebhook")}
          style={{ width: 220 }}
          loading={webhooks.isPending}
          options={(webhooks.data ?? []).map((webhook) => ({ value: webhook.id, label: webhook.name }))}
        />
        <Select
          allowClear
          value={filters.status}
          onChange={(value?: DeliveryStatus) => setFilter("status", value)}
          placeholder={t("deliveries.filterStatus")}
          aria-label={t("deliveries.filterStatus")}
          style={{ width: 180 }}
          data-testid="delivery-filter-status"
          options={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
        <Input.Search
          allowClear
          defaultValue={filters.ticket_serial}
          onSearch={(value) => setFilter("serial", value.trim())}
          placeholder={t("deliveries.filterSerial")}
          aria-label={t("deliveries.filterSerial")}
          style={{ width: 200 }}
          data-testid="delivery-filter-serial"
        />
        <Input.Search
          allowClear
          defaultValue={filters.workflow_key}
          onSearch={(value) => setFilter("workflow", value.trim())}
          placeholder={t("deliveries.filterWorkflow")}
          aria-label={t("deliveries.filterWorkflow")}
          style={{ width: 200 }}
          data-testid="delivery-filter-workflow"
        />
      </Flex>
      <ErrorAlert error={deliveries.error} />
      <DeliveryTable
        deliveries={deliveries.data?.items ?? []}
        loading={deliveries.isPending || (deliveries.isFetching && deliveries.isPlaceholderData)}
        pagination={pages.pagination(deliveries.data?.next_cursor)}
        webhookNames={webhookNames}
        emptyText={filtered ? t("deliveries.emptyFiltered") : t("deliveries.empty")}
      />
    </Page>
  );
}
