import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { AuditFilters } from "@/components/AuditTable";
import { api, unwrap } from "@/lib/api-client";

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
