// Every API call says which language the SPA shows, so the server writes its messages (errors,
// validation problems) in it: `Accept-Language` wins over the person's saved language (docs/api.md).
import type { Middleware } from "openapi-fetch";
import i18n, { LANGUAGES, type Language } from "./i18n";

/** The SPA's current language as an Accept-Language value ("en" or "zh-CN"). */
export function acceptLanguage(): Language {
  const current = i18n.language;
  return (LANGUAGES as readonly string[]).includes(current) ? (current as Language) : "en";
}

export function acceptLanguageMiddleware(): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Accept-Language", acceptLanguage());
      return request;
    },
  };
}
