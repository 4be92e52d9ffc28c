import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { integrationKeys } from "./keys";

export type Webhook = TenantSchemas["schemas"]["WebhookOut"];
export type WebhookCreate = TenantSchemas["schemas"]["WebhookIn"];
export type WebhookPatch = TenantSchemas["schemas"]["WebhookPatchIn"];
export type WorkflowEvent = TenantSchemas["schemas"]["WorkflowEvent"];

export const WORKFLOW_EVENTS: WorkflowEvent[] = [
  "created", "state_entered", "transition", "finished", "closed", "withdrawn", "sla_breached",
  "sla_warning",
];

export function useWebhooks() {
  return useQuery({
    queryKey: integrationKeys.webhooks(),
    queryFn: async () => unwrap(await api.GET("/api/v1/webhooks")),
  });
}

/** Create a webhook; the answer carries its signing secret, once. */
export function useCreateWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: WebhookCreate) => unwrap(await api.POST("/api/v1/webhooks", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.webhooks() }),
  });
}

export function useUpdateWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: WebhookPatch }) =>
      unwrap(await api.PATCH("/api/v1/webhooks/{webhook_id}", { params: { path: { webhook_id: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.webhooks() }),
  });
}

export function useDeleteWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/webhooks/{webhook_id}", { params: { path: { webhook_id: id } } })),
    // Its deliveries go with it.
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.all }),
  });
}

export function useRotateWebhookSecret() {
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.POST("/api/v1/webhooks/{webhook_id}/rotate-secret", { params: { path: { webhook_id: id } } })),
  });
}
