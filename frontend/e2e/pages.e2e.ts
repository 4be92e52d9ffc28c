// Every main page opens cleanly (no script errors, no 5xx, no raw i18n keys) in both languages, and
// its screenshot lands in artifacts/screenshots/pages-<language>-<name>.png (`make docs-screenshots`
// copies the English ones into docs/images/ for the admin guide).
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { hostUrl, screenshot, setupBrowser } from "./browser";

const ui = setupBrowser();

type Item = { id: number; key?: string; workflow?: { key: string } };

// The demo's leave workflow (it has tickets and statistics), whatever other specs created before this one.
// Through the page's own fetch: Node's resolver (page.request) does not know *.localhost.
async function leaveId(page: Page, path: string): Promise<number> {
  const body = await page.evaluate(async (url) => (await fetch(url, { credentials: "same-origin" })).json(), path);
  const items = (Array.isArray(body) ? body : body.items) as Item[];
  const found = items.find((item) => (item.key ?? item.workflow?.key) === "leave") ?? items[0];
  return found.id;
}

// A translation key that was never translated shows up as "namespace:key" or "some.dotted.key".
// The audit trail's action column shows action codes ("role.update": data, what its filter takes).
async function rawKeys(page: Page): Promise<string[]> {
  const text = await page.locator("body").innerText();
  const codes = new Set((await page.locator("[data-testid=audit-table] .ant-tag").allInnerTexts()).map((code) => code.trim()));
  return text
    .split(/\s+/)
    .filter((word) => /^[a-z]+(\.[a-zA-Z]+){1,}$/.test(word) && !/\.(json|yaml|yml|pdf|png|com|org|localhost)$/.test(word))
    .filter((word) => !codes.has(word));
}

for (const language of ["en", "zh-CN"] as const) {
  describe(`main pages in ${language}`, () => {
    test("tenant console", async () => {
      const { page, errors } = await ui.open({ tenant: "it", username: "admin", language });
      const ticket = await leaveId(page, "/api/v1/tickets?view=all&limit=100");
      const workflow = await leaveId(page, "/api/v1/workflows");
      const pages: [string, string][] = [
        ["todo", "/tickets?view=todo"],
        ["all-tickets", "/tickets?view=all"],
        ["new-ticket", "/tickets/new"],
        ["new-ticket-form", `/tickets/new/${workflow}`],
        ["ticket-detail", `/tickets/${ticket}`],
        ["workflows", "/workflows"],
        ["workflow-overview", `/workflows/${workflow}`],
        ["designer", `/workflows/${workflow}/design`],
        ["users", "/directory/users"],
        ["departments", "/directory/departments"],
        ["roles", "/directory/roles"],
        ["apps", "/integrations/apps"],
        ["webhooks", "/integrations/webhooks"],
        ["deliveries", "/integrations/deliveries"],
        ["scripts", "/integrations/scripts"],
        ["notifications", "/integrations/notifications"],
        ["statistics", `/insight?workflow=${workflow}`],
        // The pages issue 17 added (the calendar's own spec already takes calendar.png for the guide).
        ["dashboard", "/dashboard"],
        ["templates", "/workflows/templates"],
        ["working-calendar", "/calendar"],
        ["audit", "/audit"],
      ];
      for (const [name, path] of pages) {
        await page.goto(`${hostUrl("it")}${path}`);
        await page.waitForLoadState("networkidle");
        await expect.poll(() => page.locator(".ant-spin-spinning").count(), { timeout: 15_000 }).toBe(0);
        expect({ name, raw: await rawKeys(page) }).toEqual({ name, raw: [] });
        await screenshot(page, `pages-${language}-${name}`);
      }
      expect(errors).toEqual([]);
    });

    test("platform console", async () => {
      const { page, errors } = await ui.open({ tenant: null, username: "platform", path: "/tenants", language });
      await page.waitForLoadState("networkidle");
      expect(await rawKeys(page)).toEqual([]);
      await screenshot(page, `pages-${language}-platform-tenants`);
      await page.getByTestId("tenant-link-it").click();
      await page.waitForURL(/\/tenants\/\d+/);
      await page.waitForLoadState("networkidle");
      await screenshot(page, `pages-${language}-platform-tenant`);
      await page.goto(`${hostUrl(null)}/audit`);
      await page.waitForLoadState("networkidle");
      await expect.poll(() => page.locator(".ant-spin-spinning").count(), { timeout: 15_000 }).toBe(0);
      expect(await rawKeys(page)).toEqual([]);
      await screenshot(page, `pages-${language}-platform-audit`);
      expect(errors).toEqual([]);
    });
  });
}
