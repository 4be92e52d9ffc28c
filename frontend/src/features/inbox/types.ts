import type { TenantSchemas } from "@/lib/api-client";

type S = TenantSchemas["schemas"];
export type InboxItem = S["InboxItemOut"];
export type InboxPage = S["InboxPageOut"];
export type InboxPreferences = S["PreferencesOut"];
export type InboxKind = InboxItem["kind"];
export type InboxChannel = "in_app" | "email" | "chat";

export const KINDS: InboxKind[] = ["turn", "moved", "comment", "mention", "consult", "sla"];
export const CHANNELS: InboxChannel[] = ["in_app", "email", "chat"];
/** The kinds a chat robot can carry (workflow notification rules); the others are personal. */
export const CHAT_KINDS: InboxKind[] = ["turn", "moved", "sla"];
