import type { UseQueryResult } from "@tanstack/react-query";
import { Button, Flex, Input } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useCursorPages } from "@/lib/use-cursor-pages";
import { type AuditFilters, type AuditRecord, AuditTable, auditExportUrl } from "./AuditTable";

const PAGE_SIZE = 25;
const FILTERS = ["action", "actor", "target_type", "q"] as const;

export type AuditPageQuery = (
  filters: AuditFilters,
  cursor: string | null,
  limit: number,
) => UseQueryResult<{ items: AuditRecord[]; next_cursor: string | null }>;

/** An audit trail page (the tenant's or the platform's): filters kept in the URL, CSV / JSON export. */
export function AuditTrail({ useRecords, base }: { useRecords: AuditPageQuery; base: string }) {
  const { t } = useTranslation("audit");
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = Object.fromEntries(
    FILTERS.map((key) => [key, params.get(key) || undefined]).filter(([, value]) => value),
  );
  const pages = useCursorPages(JSON.stringify(filters), PAGE_SIZE);
  const records = useRecords(filters, pages.cursor, PAGE_SIZE);

  const setFilter = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value.trim()) next.set(key, value.trim());
      else next.delete(key);
      return next;
    });

  return (
    <Page
      title={t("title")}
      extra={
        <Flex gap={8}>
          <Button href={auditExportUrl(base, filters, "csv")} data-testid="audit-export-csv">
            {t("exportCsv")}
          </Button>
          <Button href={auditExportUrl(base, filters, "json")} data-testid="audit-export-json">
            {t("exportJson")}
          </Button>
        </Flex>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        {FILTERS.map((key) => (
          <Input.Search
            key={key}
            allowClear
            defaultValue={filters[key]}
            placeholder={t(`filters.${key}`)}
            aria-label={t(`filters.${key}`)}
            onSearch={(value) => setFilter(key, value)}
            style={{ width: 200 }}
          />
        ))}
      </Flex>
      <ErrorAlert error={records.error} />
      <AuditTable
        records={records.data?.items ?? []}
        loading={records.isPending || (records.isFetching && records.isPlaceholderData)}
        pagination={pages.pagination(records.data?.next_cursor)}
      />
    </Page>
  );
}
