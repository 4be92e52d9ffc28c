// Personal tokens end to end: a plain person (made by the admin for this run) creates a token on
// their profile (no admin-only scope offered), reads it once from the modal, and a script calling
// GET /me with it from outside the browser is that person; revoked in the page, the same call is
// refused. The admin then finds it, revoked, in the "Personal tokens" tab of Apps and tokens. On a
// phone, in Chinese, both fit the screen (the tables scroll inside, not the page).
import { expect, test } from "vitest";
import { PASSWORD, api, callHost, hostUrl, poll, screenshot, setupBrowser, signIn, watchErrors } from "./browser";

const ui = setupBrowser();

test("a person's token acts as them until they revoke it", async () => {
  const username = `pat-token-${Date.now().toString(36)}`;
  const admin = await ui.open({ tenant: "it", username: "admin", path: "/" });
  const created = await api(admin.page, "POST", "/api/v1/users", { username, display_name: "Pat Token", password: PASSWORD });
  expect(created.status, JSON.stringify(created.body)).toBe(201);

  const { page, errors } = await ui.open({ tenant: "it", username, path: "/profile" });
  const card = page.getByTestId("profile-tokens");
  await card.getByTestId("personal-token-name").fill("e2e script");
  expect(await card.getByTestId("personal-token-scope-admin").count()).toBe(0);
  await card.getByText("30 days").click();
  await card.getByTestId("personal-token-create").click();

  // Shown once: read it from the modal, then close it.
  const secret = page.getByTestId("secret-value");
  await secret.waitFor();
  const token = await secret.inputValue();
  expect(token).toMatch(/^lfp_[0-9a-f]{12}_/);
  const prefix = token.split("_")[1];
  await screenshot(page, "personal-token-issued");
  await page.getByTestId("secret-close").click();
  await poll(() => page.getByTestId("secret-value").count()).toBe(0);
  expect(await page.content()).not.toContain(token);

  // A script with the token is the person.
  const bearer = { headers: { Authorization: `Bearer ${token}` } };
  const me = await callHost("it", "/api/v1/me", bearer);
  expect(me.status, JSON.stringify(me.body)).toBe(200);
  expect((me.body as { user: { username: string } }).user.username).toBe(username);

  // Revoked in the page, it is refused.
  await page.getByTestId(`personal-token-revoke-${prefix}`).click();
  await page.getByTestId("personal-token-revoke-confirm").click();
  await poll(() => page.getByTestId("personal-token-table").locator("tr[data-row-key]").first().textContent()).toContain("Revoked");
  const refused = await callHost("it", "/api/v1/me", bearer);
  expect(refused.status).toBe(401);
  expect(errors).toEqual([]);

  // The admin sees it, revoked, among everyone's.
  await admin.page.goto(`${new URL(admin.page.url()).origin}/integrations/apps?tab=personal-tokens&username=${username}`);
  const rows = admin.page.getByTestId("personal-token-admin-table").locator("tr[data-row-key]");
  await poll(() => rows.count()).toBe(1);
  expect(await rows.first().textContent()).toContain("Revoked");
  await screenshot(admin.page, "personal-tokens-admin");
  expect(admin.errors).toEqual([]);
}, 120_000);

test("on a phone, in Chinese, the card and the admin's list fit the screen", async () => {
  const context = await ui.browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await context.addInitScript(() => localStorage.setItem("loonflow.language", "zh-CN"));
  const page = await context.newPage();
  const errors = watchErrors(page);
  const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  try {
    await signIn(page, "it", "admin", "/profile");
    const card = page.getByTestId("profile-tokens");
    await card.getByTestId("personal-token-name").fill("手机上的脚本");
    // A tenant admin is offered the admin-only scopes.
    await card.getByText("租户管理员可做的一切").click();
    await card.getByTestId("personal-token-create").click();
    await page.getByTestId("secret-value").waitFor();
    await page.getByTestId("secret-close").click();
    await poll(() => card.getByTestId("personal-token-table").locator("tr[data-row-key]").count()).toBeGreaterThan(0);
    expect(await card.getByTestId("personal-token-table").textContent()).toContain("有效");
    expect(await noSideScroll()).toBe(true);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, "personal-tokens-phone");

    await page.goto(`${hostUrl("it")}/integrations/apps?tab=personal-tokens&live=1`);
    await poll(() => page.getByTestId("personal-token-admin-table").locator("tr[data-row-key]").count()).toBeGreaterThan(0);
    expect(await noSideScroll()).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);
