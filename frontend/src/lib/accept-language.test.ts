import { afterEach, expect, test, vi } from "vitest";
import { acceptLanguage } from "./accept-language";
import { api } from "./api-client";
import { onLanguageChosen, rememberLanguage } from "./i18n";

afterEach(() => {
  rememberLanguage("en");
  vi.unstubAllGlobals();
});

test("every API call carries the SPA's language", async () => {
  const seen: (string | null)[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (request: Request) => {
      seen.push(request.headers.get("Accept-Language"));
      return new Response("{}", { status: 200, headers: { "Content-Type": "application/json" } });
    }),
  );
  rememberLanguage("zh-CN");
  await api.GET("/api/v1/me");
  rememberLanguage("en");
  await api.GET("/api/v1/me");
  expect(seen).toEqual(["zh-CN", "en"]);
});

test("a chosen language is announced to listeners", () => {
  const chosen: string[] = [];
  const stop = onLanguageChosen((language) => chosen.push(language));
  rememberLanguage("zh-CN");
  stop();
  rememberLanguage("en");
  expect(chosen).toEqual(["zh-CN"]);
  expect(acceptLanguage()).toBe("en");
});
