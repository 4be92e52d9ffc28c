// Query keys of the integrations feature, one family per resource.
export type DeliveryFilters = { webhook_id?: number; status?: DeliveryStatus; ticket_id?: number };
export type DeliveryStatus = "pending" | "running" | "succeeded" | "failed";
export type NotificationFilters = { channel_id?: number; status?: NotificationStatus; ticket_id?: number };
export type NotificationStatus = "pending" | "running" | "waiting" | "succeeded" | "failed";

export const integrationKeys = {
  all: ["integrations"] as const,
  apps: () => [...integrationKeys.all, "apps"] as const,
  tokens: (appId: number) => [...integrationKeys.apps(), appId, "tokens"] as const,
  grants: (appId: number) => [...integrationKeys.apps(), appId, "grants"] as const,
  workflows: () => [...integrationKeys.all, "workflows"] as const,
  webhooks: () => [...integrationKeys.all, "webhooks"] as const,
  deliveries: () => [...integrationKeys.all, "deliveries"] as const,
  deliveryList: (filters: DeliveryFilters, cursor: string | null) => [...integrationKeys.deliveries(), "list", filters, cursor] as const,
  delivery: (id: number) => [...integrationKeys.deliveries(), "one", id] as const,
  scripts: () => [...integrationKeys.all, "scripts"] as const,
  script: (id: number) => [...integrationKeys.scripts(), "one", id] as const,
  scriptRuns: (id: number, cursor: string | null) => [...integrationKeys.scripts(), "runs", id, cursor] as const,
  channels: () => [...integrationKeys.all, "channels"] as const,
  channelTest: (channelId: number, testId: number) => [...integrationKeys.channels(), channelId, "tests", testId] as const,
  notifications: (filters: NotificationFilters, cursor: string | null) => [...integrationKeys.all, "notifications", filters, cursor] as const,
  settings: () => [...integrationKeys.all, "settings"] as const,
};
