// Query keys of the integrations feature, one family per resource (scripts and notification channels
// are entities: src/entities/query-keys.ts).
/** Tickets are filtered by their serial and workflow key (people know those), or by id (links). */
type TicketRefFilters = { ticket_serial?: string; workflow_key?: string };
export type DeliveryFilters = { webhook_id?: number; status?: DeliveryStatus; ticket_id?: number } & TicketRefFilters;
export type DeliveryStatus = "pending" | "running" | "succeeded" | "failed";
export type NotificationFilters = { channel_id?: number; status?: NotificationStatus; ticket_id?: number } & TicketRefFilters;
export type NotificationStatus = "pending" | "running" | "waiting" | "succeeded" | "failed";
/** People's own tokens: one person's (exact username), or live ones only. */
export type PersonalTokenFilters = { username?: string; live: boolean };

export const integrationKeys = {
  all: ["integrations"] as const,
  apps: () => [...integrationKeys.all, "apps"] as const,
  tokens: (appId: number) => [...integrationKeys.apps(), appId, "tokens"] as const,
  grants: (appId: number) => [...integrationKeys.apps(), appId, "grants"] as const,
  webhooks: () => [...integrationKeys.all, "webhooks"] as const,
  deliveries: () => [...integrationKeys.all, "deliveries"] as const,
  deliveryList: (filters: DeliveryFilters, cursor: string | null) => [...integrationKeys.deliveries(), "list", filters, cursor] as const,
  delivery: (id: number) => [...integrationKeys.deliveries(), "one", id] as const,
  notifications: (filters: NotificationFilters, cursor: string | null) => [...integrationKeys.all, "notifications", filters, cursor] as const,
  settings: () => [...integrationKeys.all, "settings"] as const,
  personalTokens: () => [...integrationKeys.all, "personal-tokens"] as const,
  personalTokenList: (filters: PersonalTokenFilters) => [...integrationKeys.personalTokens(), filters] as const,
};
