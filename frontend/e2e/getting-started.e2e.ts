// A new tenant's first hour: the platform creates an empty tenant; its admin lands on the
// getting-started checklist, starts a workflow from a template, issues an app token, and sees the
// items tick themselves until the checklist is complete and the landing page is the to-do list.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { PASSWORD, api, hostUrl, poll, screenshot, setupBrowser } from "./browser";

const ui = setupBrowser();

const key = `gs${Date.now().toString(36).slice(-5)}`;

async function call(page: Page, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const { status, body: answer } = await api(page, method, path, body);
  expect(status, `${method} ${path}: ${JSON.stringify(answer)}`).toBeLessThan(300);
  return answer as Record<string, unknown>;
}

const done = (page: Page, item: string) => page.getByTestId(`checklist-${item}`).getAttribute("data-done");

test("an empty tenant's admin follows the checklist and sees it tick", async () => {
  const { page: platform } = await ui.blank();
  await platform.goto(`${hostUrl(null)}/`);
  await platform.waitForURL(/\/login\?next=/);
  await platform.locator("#username").fill("platform");
  await platform.locator("#password").fill(PASSWORD);
  await platform.locator("button[type=submit]").click();
  await platform.waitForURL(/\/tenants$/);
  await call(platform, "POST", "/api/v1/platform/tenants", { key, name: `Getting started ${key}`, admin_username: "admin", admin_password: PASSWORD });

  const { page, errors } = await ui.open({ tenant: key, username: "admin", path: "/" });
  await page.getByTestId("getting-started").waitFor({ timeout: 30_000 });
  for (const item of ["directory", "workflow", "app_token", "webhook"]) await poll(() => done(page, item)).toBe("no");
  await screenshot(page, "docs-getting-started");

  // First workflow: from the template gallery the checklist links to.
  await page.getByTestId("checklist-workflow").getByRole("link").click();
  await page.waitForURL(/\/workflows\/templates$/);
  await page.getByTestId("use-template-leave").waitFor();
  await screenshot(page, "docs-workflow-templates");
  await page.getByTestId("use-template-leave").click();
  await page.waitForURL(/\/workflows\/\d+\/design$/, { timeout: 30_000 });
  await page.goto(`${hostUrl(key)}/`);
  await poll(() => done(page, "workflow")).toBe("yes");

  // First app token, then a person and a webhook: each ticks its item.
  const app = await call(page, "POST", "/api/v1/apps", { name: "hr-system", scopes: ["workflows"] });
  await call(page, "POST", `/api/v1/apps/${String(app.id)}/tokens`, {});
  await page.reload();
  await poll(() => done(page, "app_token")).toBe("yes");
  expect(await done(page, "directory")).toBe("no");
  await call(page, "POST", "/api/v1/users", { username: "alice", password: "a-long-password" });
  await page.reload();
  await poll(() => done(page, "directory")).toBe("yes");
  await call(page, "POST", "/api/v1/webhooks", { name: "ci", url: "https://example.com/hook", events: ["created"] });

  // All done: the landing page is the to-do list again.
  await page.goto(`${hostUrl(key)}/`);
  await page.waitForURL(/\/tickets\?view=todo$/, { timeout: 30_000 });
  expect(errors).toEqual([]);
}, 180_000);

test("the checklist can be dismissed", async () => {
  const { page } = await ui.open({ tenant: "hr", username: "admin", path: "/" });
  const body = await call(page, "GET", "/api/v1/getting-started");
  if (!body.complete && !body.dismissed) {
    await page.getByTestId("getting-started-dismiss").click();
    await page.waitForURL(/\/tickets\?view=todo$/);
  }
  await call(page, "PUT", "/api/v1/getting-started", { dismissed: false });
}, 60_000);
