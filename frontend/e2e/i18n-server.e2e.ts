// Server messages follow the SPA's language: every API call sends Accept-Language (src/lib/accept-language.ts),
// so an error the SPA has no text of its own for shows the server's message, in the language on screen.
import { expect, test } from "vitest";
import { api, hostUrl, poll, screenshot, setupBrowser } from "./browser";

const ui = setupBrowser();

async function failSignIn(page: Awaited<ReturnType<typeof ui.blank>>["page"]) {
  await page.locator("#username").fill("nobody-i18n");
  await page.locator("#password").fill("not-the-password");
  await page.locator("button[type=submit]").click();
}

test("with the SPA in Chinese, a server error is shown in Chinese; switched to English, in English", async () => {
  const { page, errors } = await ui.blank("zh-CN");
  await page.goto(`${hostUrl("it")}/login`);
  await failSignIn(page);
  const alert = page.locator(".ant-alert-error");
  await poll(async () => (await alert.textContent()) ?? "").toContain("用户名或密码错误。");
  await screenshot(page, "i18n-server-error-zh");

  await page.getByTestId("language-switch").click();
  await page.getByTitle("English").click();
  await failSignIn(page);
  await poll(async () => (await alert.textContent()) ?? "").toContain("Wrong username or password.");
  expect(errors).toEqual([]);
});

test("the code stays the same in both languages", async () => {
  const { page } = await ui.blank("zh-CN");
  await page.goto(`${hostUrl("it")}/login`);
  const zh = await api(page, "GET", "/api/v1/tickets/99999999", undefined, { "Accept-Language": "zh-CN" });
  const en = await api(page, "GET", "/api/v1/tickets/99999999", undefined, { "Accept-Language": "en" });
  expect([zh.status, zh.body.error.code, zh.body.error.message]).toEqual([401, "not_authenticated", "需要登录认证。"]);
  expect([en.status, en.body.error.code, en.body.error.message]).toEqual([401, "not_authenticated", "Authentication is required."]);
});
