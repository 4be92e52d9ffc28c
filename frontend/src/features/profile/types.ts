import type { TenantSchemas } from "@/lib/api-client";
import type { Language } from "@/lib/i18n";

type S = TenantSchemas["schemas"];
export type Me = S["MeOut"];
export type ProfileChanges = S["MePatchIn"];
export type PasswordRules = S["PasswordRulesOut"];
export type PasswordChange = S["PasswordChangeIn"];
/** The language a person chose, as the server stores it ("": not chosen, follow the browser). */
export type ServerLanguage = NonNullable<ProfileChanges["language"]>;

/** The server's language codes and the SPA's. */
export const SPA_LANGUAGE: Record<Exclude<ServerLanguage, "">, Language> = { en: "en", "zh-hans": "zh-CN" };
