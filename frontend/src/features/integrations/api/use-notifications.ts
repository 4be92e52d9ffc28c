import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { type NotificationFilters, integrationKeys } from "./keys";

export type NotificationRecord = TenantSchemas["schemas"]["NotificationOut"];

/** A page of recent notifications (sent, waiting to retry, or failed). */
export function useNotifications(filters: NotificationFilters, cursor: string | null, limit: number) {
  return useQuery({
    queryKey: integrationKeys.notifications(filters, cursor),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/notifications", { params: { query: { ...filters, cursor, limit } } })),
    placeholderData: keepPreviousData,
  });
}
