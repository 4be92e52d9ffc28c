import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";

export type AuditRecord = TenantSchemas["schemas"]["AuditRecordOut"];

/** The audit list's filters (all optional), as the API names them. */
export interface AuditFilters {
  action?: string;
  actor?: string;
  target_type?: string;
  q?: string;
  since?: string;
  until?: string;
}

export const auditKeys = {
  all: ["audit"] as const,
  list: (filters: AuditFilters, cursor: string | null) => [...auditKeys.all, "list", filters, cursor] as const,
};

/** One page of the tenant's audit trail, newest first. */
export function useAuditRecords(filters: AuditFilters, cursor: string | null, limit: number) {
  return useQuery({
    queryKey: auditKeys.list(filters, cursor),
    queryFn: async () => unwrap(await api.GET("/api/v1/audit", { params: { query: { ...filters, cursor, limit } } })),
    placeholderData: keepPreviousData,
  });
}

/** The download address of the filtered trail (the browser streams it; the session cookie goes along). */
export function auditExportUrl(filters: AuditFilters, format: "csv" | "json"): string {
  const query = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return `/api/v1/audit/export?${query.toString()}`;
}
