import type { TenantSchemas } from "@/lib/api-client";

type S = TenantSchemas["schemas"];
export type Me = S["MeOut"];
export type ProfileChanges = S["MePatchIn"];
export type PasswordRules = S["PasswordRulesOut"];
export type PasswordChange = S["PasswordChangeIn"];
/** The language a person chose, as the server stores it ("": not chosen, follow the browser). */
export type ServerLanguage = NonNullable<ProfileChanges["language"]>;

