import type { TenantSchemas } from "@/lib/api-client";

type S = TenantSchemas["schemas"];
export type Me = S["MeOut"];
export type ProfileChanges = S["MePatchIn"];
export type PasswordRules = S["PasswordRulesOut"];
export type PasswordChange = S["PasswordChangeIn"];
/** The language a person chose, as the server stores it ("": not chosen, follow the browser). */
export type ServerLanguage = NonNullable<ProfileChanges["language"]>;

export type PersonalToken = S["PersonalTokenOut"];
export type PersonalTokenCreate = S["PersonalTokenCreateIn"];
/** What a personal token may do; `directory:write` and `admin` only for tenant admins' tokens. */
export type TokenScope = "workflows" | "directory:read" | "directory:write" | "admin";
export type PersonalTokenIssued = S["PersonalTokenIssuedOut"];
