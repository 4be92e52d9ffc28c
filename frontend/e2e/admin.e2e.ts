// The admin consoles: the tenant admin's directory and integrations, and the platform console.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { PASSWORD, api, hostUrl, screenshot, setupBrowser } from "./browser";

/** A screenshot once Ant Design's fades (loading veils, toasts) have settled. */
async function shot(page: Page, name: string) {
  await page.waitForTimeout(600);
  await screenshot(page, name);
}

/** expect.poll with room for a busy machine (its default gives up after one second). */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 200 });

const ui = setupBrowser();

const suffix = Date.now().toString(36).slice(-5);

/**
 * An API call from the page (same origin: its session, and the CSRF token for writes). Run in the
 * browser because Node cannot resolve *.localhost hosts, which Chromium does itself.
 */
async function apiCall(page: Page, method: "GET" | "POST", path: string, data?: unknown): Promise<unknown> {
  const { status, body } = await api(page, method, path, data);
  expect(status, `${method} ${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body;
}

test("a tenant admin manages people, apps, tokens and sees the delivery log", async () => {
  const { page, errors } = await ui.open({ tenant: "it", username: "admin", path: "/directory/users" });

  // Users: the table, the last sync, and a new person.
  await page.getByTestId("user-table").locator("tr[data-row-key]").first().waitFor();
  await eventually(() => page.getByText("Directory sync").isVisible()).toBe(true);
  await shot(page, "directory-users");
  const username = `e2e${suffix}`;
  await page.getByTestId("user-create").click();
  await page.getByTestId("user-username").fill(username);
  await page.getByTestId("user-display-name").fill(`E2E ${suffix}`);
  await page.getByTestId("user-email").fill(`${username}@example.com`);
  await page.getByTestId("user-password").fill("a-long-password");
  await page.getByTestId("user-save").click();
  await page.getByText("User created.").waitFor();
  // Once the drawer is gone (closing it hands the focus back, which would eat the Enter below).
  await page.getByTestId("user-form").waitFor({ state: "detached" });
  await page.getByTestId("user-search").fill(username);
  await page.getByTestId("user-search").press("Enter");
  await page.getByTestId(`user-edit-${username}`).waitFor();
  await eventually(() => page.getByTestId("user-table").locator("tr[data-row-key]").count()).toBe(1);

  // Departments: the tree beside the picked one's form.
  await page.goto(`${hostUrl("it")}/directory/departments`);
  await page.getByTestId("department-tree").waitFor();
  await page.getByTestId("department-tree").locator("[data-testid^=department-node-]").first().click();
  await page.getByTestId("department-form").waitFor();
  await shot(page, "directory-departments");

  // Roles: the table, and a role's members in the drawer.
  await page.goto(`${hostUrl("it")}/directory/roles`);
  await page.getByTestId("role-table").locator("tr[data-row-key]").first().waitFor();
  await shot(page, "directory-roles");
  await page.getByTestId("role-table").locator("[data-testid^=role-edit-]").first().click();
  await page.getByText(/^Members \(\d+\)$/).waitFor();

  // Apps: register one, issue a token, see it once.
  await page.goto(`${hostUrl("it")}/integrations/apps`);
  await page.getByTestId("app-table").locator("tr[data-row-key]").first().waitFor();
  await page.getByTestId("app-create").click();
  await page.getByTestId("app-name").fill(`e2e-app-${suffix}`);
  await page.getByTestId("app-save").click();
  // "Create and issue a token" issues the first one with the app (shown once; closed here).
  await page.getByTestId("secret-value").waitFor();
  await page.getByTestId("secret-close").click();
  await eventually(() => page.getByTestId("secret-value").count()).toBe(0);
  await page.getByTestId("token-issue").waitFor();
  await page.getByTestId("token-name").fill("ci");
  await page.getByTestId("token-issue").click();
  const secret = page.getByTestId("secret-value");
  await secret.waitFor();
  const token = await secret.inputValue();
  expect(token.length).toBeGreaterThan(20);
  await eventually(() => page.getByText(/You will not see it again/).isVisible()).toBe(true);
  await page.getByTestId("secret-close").click();
  await eventually(() => page.getByTestId("secret-value").count()).toBe(0);
  expect(await page.content()).not.toContain(token);
  await eventually(() => page.getByTestId("token-table").locator("tr[data-row-key]").count()).toBe(2);
  // The token works: the app calls the API with it.
  const status = await page.evaluate(
    async (bearer) => (await fetch("/api/v1/me", { credentials: "omit", headers: { Authorization: `Bearer ${bearer}` } })).status,
    token,
  );
  expect(status).toBe(200);
  await page.locator(".ant-drawer-close").click();
  await page.getByTestId(`app-edit-e2e-app-${suffix}`).waitFor();
  await shot(page, "integrations-apps");

  // Deliveries: a webhook that hears ticket creation, and a ticket filed through the API.
  const port = new URL(hostUrl("it")).port;
  await apiCall(page, "POST", "/api/v1/webhooks", {
    name: `e2e-${suffix}`,
    url: `http://127.0.0.1:${port}/demo/webhook`,
    events: ["created"],
  });
  const workflows = (await apiCall(page, "GET", "/api/v1/workflows")) as { id: number; key: string }[];
  const leave = workflows.find((workflow) => workflow.key === "leave");
  // A draft is enough: creating it is the event the webhook hears (and the admin has no leader to submit to).
  await apiCall(page, "POST", "/api/v1/tickets", {
    workflow_id: leave?.id,
    fields: { leave_type: "annual", start_date: "2026-12-21", days: 1, reason: "e2e" },
  });
  await page.goto(`${hostUrl("it")}/integrations/deliveries`);
  await page.getByTestId("delivery-table").waitFor();
  // Deliveries are made by the background worker; give it a moment (the log refreshes itself).
  const rows = page.getByTestId("delivery-table").locator("[data-testid^=delivery-row-]");
  for (let i = 0; i < 15 && (await rows.count()) === 0; i++) {
    await page.waitForTimeout(2000);
    await page.getByTestId("delivery-refresh").click();
  }
  // The e2e server runs a real Dramatiq worker: the delivery must appear.
  expect(await rows.count()).toBeGreaterThan(0);
  await rows.first().getByRole("button", { name: /expand row/i }).click();
  await page.locator("[data-testid^=delivery-detail-]").first().waitFor();
  await rows.first().locator("[data-testid^=delivery-redeliver-]").click();
  await page.locator(".ant-popconfirm").getByRole("button", { name: "Redeliver" }).click();
  await page.getByText("Delivery queued again.").waitFor();
  await shot(page, "integrations-deliveries");

  // Webhooks, scripts and notifications render with their data.
  await page.goto(`${hostUrl("it")}/integrations/webhooks`);
  await page.getByText(`e2e-${suffix}`).waitFor();
  // The demo's loopback is opened by the platform admin, not on the tenant's own (empty) list.
  await page.getByTestId("integration-settings").getByText("Allowed destinations").waitFor();
  await page.goto(`${hostUrl("it")}/integrations/scripts`);
  await page.getByTestId("script-create").click();
  await page.getByTestId("script-name").fill("Risk level");
  await page.getByTestId("script-code").fill(`risk_${suffix}`);
  await page.getByTestId("script-source").fill("import json\nprint(json.dumps({\"fields\": {}}))\nif True\n");
  await page.getByTestId("script-save").click();
  await page.getByText(/Syntax error on line 3/).first().waitFor();
  await page.getByTestId("script-source").fill("import json\nprint(json.dumps({\"fields\": {}}))\n");
  await page.getByTestId("script-save").click();
  await page.getByText("Script created.").waitFor();
  await page.getByTestId(`script-edit-risk_${suffix}`).waitFor();
  await shot(page, "integrations-scripts");
  await page.goto(`${hostUrl("it")}/integrations/notifications`);
  await page.getByTestId("channel-table").locator("tr[data-row-key]").first().waitFor();
  await shot(page, "integrations-notifications");

  expect(errors).toEqual([]);
});

test("a platform admin creates a tenant, suspends and resumes it, and adds a domain", async () => {
  const { context, page, errors } = await ui.blank();
  const base = hostUrl(null);
  await page.goto(`${base}/`);
  await page.waitForURL(/\/login\?next=/);
  await page.locator("#username").fill("platform");
  await page.locator("#password").fill(PASSWORD);
  await page.locator("button[type=submit]").click();
  await page.waitForURL(/\/tenants$/);
  await page.getByTestId("tenant-link-it").waitFor();
  await shot(page, "platform-tenants");

  const key = `e2e${suffix}`;
  await page.getByTestId("tenant-create").click();
  await page.getByTestId("tenant-key").fill(key);
  await page.getByTestId("tenant-name").fill(`E2E ${suffix}`);
  await page.getByTestId("tenant-admin-username").fill("boss");
  await page.getByTestId("tenant-admin-password").fill("a-long-password");
  await page.getByTestId("tenant-create-submit").click();
  await page.waitForURL(/\/tenants\/\d+$/, { timeout: 60_000 });
  await eventually(() => page.getByTestId("tenant-title").textContent()).toBe(`E2E ${suffix}`);

  await page.getByTestId("tenant-suspend").click();
  await page.getByTestId("tenant-status-confirm").click();
  await page.getByTestId("tenant-resume").waitFor();
  expect(await page.getByTestId("tenant-status").first().textContent()).toBe("Suspended");
  // Its host refuses everyone now (Chromium resolves *.localhost; Node's resolver does not).
  const probe = await context.newPage();
  expect((await probe.goto(`${hostUrl(key)}/api/v1/auth/csrf`))?.status()).toBe(403);
  await probe.close();

  await page.getByTestId("tenant-resume").click();
  await page.getByTestId("tenant-status-confirm").click();
  await page.getByTestId("tenant-suspend").waitFor();
  expect(await page.getByTestId("tenant-status").first().textContent()).toBe("Active");

  const alias = `${key}-alias.localhost`;
  await page.getByTestId("domain-input").fill(alias);
  await page.getByTestId("domain-add").click();
  await page.getByTestId(`domain-remove-${alias}`).waitFor();
  await shot(page, "platform-tenant-detail");

  // Deleting asks for the key first.
  await page.getByTestId("tenant-delete").click();
  expect(await page.getByTestId("tenant-delete-confirm").isDisabled()).toBe(true);
  await page.getByTestId("tenant-delete-input").fill(key);
  await page.getByTestId("tenant-delete-confirm").click();
  await page.waitForURL(/\/tenants$/);
  await page.getByTestId("tenant-link-it").waitFor();
  await eventually(() => page.getByTestId(`tenant-link-${key}`).count()).toBe(0);

  expect(errors).toEqual([]);
});

test("the admin pages speak Chinese when asked", async () => {
  const { page, errors } = await ui.open({ tenant: "it", username: "admin", path: "/directory/users", language: "zh-CN" });
  await page.getByText("组织架构同步").waitFor();
  await page.getByTestId("user-table").locator("tr[data-row-key]").first().waitFor();
  await shot(page, "directory-users-zh");
  await page.goto(`${hostUrl("it")}/integrations/webhooks`);
  await page.getByText("出站设置").waitFor();
  await shot(page, "integrations-webhooks-zh");
  expect(errors).toEqual([]);
});
