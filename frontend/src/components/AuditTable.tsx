import { Table, Tag, Typography } from "antd";
import type { TablePaginationConfig } from "antd";
import { useTranslation } from "react-i18next";
import type { TenantSchemas } from "@/lib/api-client";

/** One audit record (the tenant and the platform API answer the same shape). */
export type AuditRecord = TenantSchemas["schemas"]["AuditRecordOut"];

function who(record: AuditRecord): string {
  if (record.acting_for) return `${record.actor_name} → ${record.acting_for}`;
  return record.actor_name || record.actor_kind;
}

function show(value: unknown): string {
  return value === undefined ? "" : JSON.stringify(value);
}

/** Before → after, one line per changed key. */
export function AuditDiff({ record }: { record: AuditRecord }) {
  const { t } = useTranslation("audit");
  const before = record.before ?? {};
  const after = record.after ?? {};
  const keys = Array.from(new Set([...Object.keys(before), ...Object.keys(after)]));
  if (keys.length === 0) return <Typography.Text type="secondary">{t("noChanges")}</Typography.Text>;
  return (
    <div data-testid="audit-diff">
      {keys.map((key) => (
        <div key={key}>
          <Typography.Text strong>{key}</Typography.Text>:{" "}
          <Typography.Text delete={key in before && key in after}>{key in before ? show(before[key]) : "—"}</Typography.Text>
          {" → "}
          <Typography.Text>{key in after ? show(after[key]) : "—"}</Typography.Text>
        </div>
      ))}
    </div>
  );
}

/** The audit trail: when, who, from where, what, on which target; a row expands to its before → after. */
export function AuditTable({
  records,
  loading,
  pagination,
}: {
  records: AuditRecord[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
}) {
  const { t } = useTranslation("audit");
  return (
    <Table<AuditRecord>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={records}
      pagination={pagination}
      expandable={{ expandedRowRender: (record) => <AuditDiff record={record} />, expandRowByClick: true }}
      columns={[
        { title: t("columns.at"), dataIndex: "at", render: (at: string) => new Date(at).toLocaleString() },
        { title: t("columns.who"), key: "who", render: (_: unknown, record) => who(record) },
        { title: t("columns.address"), dataIndex: "address" },
        { title: t("columns.action"), dataIndex: "action", render: (action: string) => <Tag><code>{action}</code></Tag> },
        {
          title: t("columns.target"),
          key: "target",
          render: (_: unknown, record) => `${record.target_type}${record.target_label ? `: ${record.target_label}` : ""}`,
        },
      ]}
      locale={{ emptyText: t("empty") }}
      data-testid="audit-table"
    />
  );
}

/** The audit list's filters (all optional), as the API names them. */
export interface AuditFilters {
  action?: string;
  actor?: string;
  target_type?: string;
  q?: string;
}

/** The download address of the filtered trail (the browser streams it; the session cookie goes along). */
export function auditExportUrl(base: string, filters: AuditFilters, format: "csv" | "json"): string {
  const query = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return `${base}/export?${query.toString()}`;
}
