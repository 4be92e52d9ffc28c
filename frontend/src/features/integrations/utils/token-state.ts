import dayjs from "dayjs";

export type TokenStateName = "active" | "expired" | "revoked";

/** Whether a token (an app's or a person's) still works: revoked beats expired. */
export function tokenState(token: { revoked_at: string | null; expires_at: string | null }): TokenStateName {
  if (token.revoked_at) return "revoked";
  if (token.expires_at && dayjs(token.expires_at).isBefore(dayjs())) return "expired";
  return "active";
}
