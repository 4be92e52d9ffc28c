import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { AuditFilters } from "@/components/AuditTable";
import { platformApi, unwrap } from "@/lib/api-client";

/** One page of the platform's audit trail (platform logins, the tenants' lifecycle), newest first. */
export function usePlatformAudit(filters: AuditFilters, cursor: string | null, limit: number) {
  return useQuery({
    queryKey: ["platform", "audit", filters, cursor],
    queryFn: async () =>
      unwrap(await platformApi.GET("/api/v1/platform/audit", { params: { query: { ...filters, cursor, limit } } })),
    placeholderData: keepPreviousData,
  });
}
