import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { type DeliveryFilters, integrationKeys } from "./keys";

export type Delivery = TenantSchemas["schemas"]["DeliveryOut"];
export type DeliveryDetail = TenantSchemas["schemas"]["DeliveryDetailOut"];

/** One page of webhook deliveries, newest first. */
export function useDeliveries(filters: DeliveryFilters, cursor: string | null, limit: number) {
  return useQuery({
    queryKey: integrationKeys.deliveryList(filters, cursor),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/webhooks/deliveries", { params: { query: { ...filters, cursor, limit } } })),
    placeholderData: keepPreviousData,
    // Deliveries move on their own (retries); keep the log current while it is on screen.
    refetchInterval: 15_000,
  });
}

/** A delivery with its payload and every attempt. */
export function useDelivery(id: number) {
  return useQuery({
    queryKey: integrationKeys.delivery(id),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/webhooks/deliveries/{delivery_id}", { params: { path: { delivery_id: id } } })),
  });
}

/** Send a delivery again: same key and payload, a fresh retry budget. */
export function useRedeliver() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(
        await api.POST("/api/v1/webhooks/deliveries/{delivery_id}/redeliver", { params: { path: { delivery_id: id } } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.deliveries() }),
  });
}
