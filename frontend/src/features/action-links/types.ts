import type { TenantSchemas } from "@/lib/api-client";

type S = TenantSchemas["schemas"];
export type ActionLink = S["LinkOut"];
export type ActionLinkDone = S["LinkDoneOut"];

/** The refusals the API explains with a stable code; anything else is shown as it comes. */
export const LINK_REFUSALS = ["link_invalid", "link_not_yours", "link_sign_in_required", "link_used", "link_expired", "link_stale"] as const;
