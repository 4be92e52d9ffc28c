// The profile and honest navigation end to end, in English and Chinese: a plain person (made by the
// admin for this run) sees no "All tickets", opens Profile from the user menu, changes their name and
// language, reads the password rules before typing, is told a wrong current password on its field,
// changes the password and signs in with the new one (in the language they saved); an unknown page leads back to the to-do list.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { PASSWORD, api, hostUrl, launch, newContext, poll, screenshot, signIn, watchErrors } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function makePerson(username: string): Promise<void> {
  const context = await newContext(browser, "en");
  const admin = await context.newPage();
  await signIn(admin, "it", "admin", "/");
  const created = await api(admin, "POST", "/api/v1/users", { username, display_name: "Pat Plain", password: PASSWORD });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await context.close();
}

async function signInWith(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${hostUrl("it")}/login?next=%2F`);
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(password);
  await page.locator("button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

test.each([
  ["en", "en", "English", "My profile", "At least 8 characters.", "This is not your current password.", "Back to my to-do list"],
  ["zh-CN", "zh-hans", "简体中文", "个人资料", "至少 8 个字符。", "这不是你当前的密码。", "返回我的待办"],
] as const)("profile, language, password and navigation (%s)", async (language, serverLanguage, languageLabel, title, rule, wrong, back) => {
  const username = `pat-${language.toLowerCase()}-${Date.now()}`;
  await makePerson(username);
  const context = await newContext(browser, language);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, "it", username, "/tickets?view=todo");

  // Honest navigation: a plain person may not list all tickets, so the menu does not offer it.
  await poll(() => page.getByTestId("menu-todo").isVisible()).toBe(true);
  expect(await page.getByTestId("menu-all").count()).toBe(0);

  // The user menu leads to the profile.
  await page.getByTestId("user-menu").hover();
  await page.getByTestId("user-menu-profile").click();
  await page.waitForURL((url) => url.pathname === "/profile");
  await poll(() => page.getByRole("heading", { name: title }).isVisible()).toBe(true);

  // Name.
  await page.getByTestId("profile-display-name").fill("Pat Profile");
  await page.getByTestId("profile-save").click();
  await poll(async () => ((await api(page, "GET", "/api/v1/me")).body as { user: { display_name: string } }).user.display_name).toBe("Pat Profile");
  await poll(() => page.getByTestId("user-menu").textContent()).toContain("Pat Profile");

  // Language: saved on the account.
  await page.getByTestId("profile-language-select").click();
  await page.getByTitle(languageLabel, { exact: true }).last().click();
  await poll(async () => ((await api(page, "GET", "/api/v1/me")).body as { user: { language: string } }).user.language).toBe(serverLanguage);

  // Password: the rules are there before typing; a wrong current password is told on its field.
  await poll(() => page.getByTestId("password-rules").textContent()).toContain(rule);
  if (language === "en") await screenshot(page, "docs-profile");
  await page.getByTestId("password-current").fill("not-my-password");
  await page.getByTestId("password-new").fill("a-brand-new-passphrase");
  await page.getByTestId("password-confirm").fill("a-brand-new-passphrase");
  await page.getByTestId("password-save").click();
  await poll(() => page.getByText(wrong).isVisible()).toBe(true);
  await page.getByTestId("password-current").fill(PASSWORD);
  await page.getByTestId("password-save").click();
  await poll(() => page.getByTestId("password-current").inputValue()).toBe("");
  expect((await api(page, "GET", "/api/v1/me")).status).toBe(200); // still signed in here

  // The new password signs in, from a browser set to the other language: signing in brings the
  // language saved on the profile along.
  const fresh = await (await newContext(browser, language === "en" ? "zh-CN" : "en")).newPage();
  await signInWith(fresh, username, "a-brand-new-passphrase");
  expect(new URL(fresh.url()).pathname).not.toBe("/login");
  await poll(() => fresh.evaluate(() => localStorage.getItem("loonflow.language"))).toBe(language);

  // A page that does not exist leads back to the to-do list.
  await page.goto(`${hostUrl("it")}/no/such/page`);
  await page.getByRole("button", { name: back }).click();
  await page.waitForURL((url) => url.pathname === "/tickets" && url.search.includes("view=todo"));
  expect(errors).toEqual([]);
  await context.close();
});
