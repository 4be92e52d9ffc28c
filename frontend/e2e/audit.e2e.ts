// The audit trail: a tenant admin changes a role, finds the change with before → after, filters the
// trail down to it and downloads it as CSV.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { api, hostUrl, poll, screenshot, setupBrowser } from "./browser";

const ui = setupBrowser();

test("an admin changes a role and finds it in the audit trail, filtered and exported", async () => {
  const { page, errors } = await ui.open({ tenant: "it", username: "admin", path: "/audit" });

  const roles = await api(page, "GET", "/api/v1/roles");
  const role = (roles.body as { id: number; code: string; description: string }[])[0];
  const description = `Audited ${Date.now().toString(36)}`;
  const changed = await api(page, "PATCH", `/api/v1/roles/${role.id}`, { description });
  expect(changed.status).toBe(200);

  await page.goto(`${hostUrl("it")}/audit`);
  const actionFilter = page.getByPlaceholder("Action (e.g. role)");
  await actionFilter.fill("role.update");
  await actionFilter.press("Enter");
  await poll(() => page.getByTestId("audit-table").locator("tr[data-row-key]").count()).toBeGreaterThan(0);
  await poll(async () => (await page.getByTestId("audit-table").locator("tr[data-row-key]").allTextContents()).every((row) => row.includes("role.update"))).toBe(true);

  await page.getByTestId("audit-table").locator("tr[data-row-key]").first().click();
  const diff = page.getByTestId("audit-diff").first();
  await diff.waitFor();
  expect(await diff.textContent()).toContain(`description: ${JSON.stringify(role.description)} → ${JSON.stringify(description)}`);
  await screenshot(page, "docs-audit-trail");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("audit-export-csv").click()]);
  const csv = readFileSync((await download.path()) as string, "utf8");
  expect(csv.split("\n")[0]).toContain("action");
  expect(csv).toContain("role.update");
  expect(csv).toContain(description);
  expect(csv).not.toContain("auth.login");
  expect(errors).toEqual([]);
});
