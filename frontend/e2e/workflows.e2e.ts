// Workflows as a tenant admin: the list, export → import under a new key, clone, the overview with its
// version history and the diff between two versions, and the statistics dashboard.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { SCREENSHOTS, api, hostUrl, screenshot, setupBrowser } from "./browser";

// One signed-in page for the whole file: the tests go on from where the one before left the workflows.
const ui = setupBrowser({ signIn: { tenant: "it", username: "admin", path: "/workflows" }, per: "file" });
const base = () => hostUrl("it");

type Workflow = { id: number; key: string; name: string; category: string; current_version: number | null };

/** The API as the signed-in admin, from inside the page (its session and CSRF token, as the SPA). */
const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => api(ui.page, method, path, body, headers);

async function workflowByKey(key: string): Promise<Workflow> {
  const list = (await call("GET", "/api/v1/workflows")).body as Workflow[];
  const found = list.find((workflow) => workflow.key === key);
  if (!found) throw new Error(`no workflow ${key}`);
  return found;
}

/** Publish a new version of `leave` through the API: rename a state, add one (with its transition), add a field. */
async function publishChangedLeave(id: number): Promise<void> {
  const draft = await call("GET", `/api/v1/workflows/${id}/draft`);
  expect(draft.status).toBe(200);
  type Item = Record<string, unknown> & { key: string };
  const { document } = draft.body as { document: { states: Item[]; transitions: Item[]; fields: Item[] } };
  document.states.find((state) => state.key === "hr_review")!.name = "HR approval";
  document.states.push({
    key: "payroll",
    name: "Payroll",
    participant: { kind: "users", users: ["bob"] },
    position: { x: 750, y: 150 },
  });
  document.transitions.find((transition) => transition.key === "hr_approve")!.target = "payroll";
  document.transitions.push({ key: "payroll_done", name: "Recorded", source: "payroll", target: "approved" });
  document.fields.push({ key: "cover", label: "Covered by", type: "string", order: 6, required: false });
  const saved = await call("PUT", `/api/v1/workflows/${id}/draft`, { document, comment: "Payroll records approved leave" }, { "If-Match": draft.etag ?? "" });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const published = await call("POST", `/api/v1/workflows/${id}/publish`, { comment: "Payroll step" });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
}

test("the list shows the demo workflows", async () => {
  const { page, errors } = ui;
  await page.getByTestId("menu-workflows").click();
  await page.waitForURL(/\/workflows$/);
  for (const key of ["leave", "it-permission", "release"]) {
    await page.getByTestId(`workflow-link-${key}`).waitFor();
  }
  expect(await page.getByTestId("workflow-table").textContent()).toContain("Leave request");
  await screenshot(page, "workflows-list");
  expect(errors).toEqual([]);
});

test("export to JSON, then import it back under another key", async () => {
  const { page, errors } = ui;
  await page.goto(`${base()}/workflows`);
  const row = page.getByTestId("workflow-actions-leave");
  await row.getByTestId("export-button").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-json").click()]);
  expect(download.suggestedFilename()).toMatch(/^leave-v\d+\.json$/);
  const text = readFileSync((await download.path())!, "utf8");
  const bundle = JSON.parse(text) as { workflow: { key: string; name: string }; definition: { states: unknown[] } };
  expect(bundle.workflow.key).toBe("leave");
  expect(bundle.definition.states.length).toBeGreaterThan(2);

  bundle.workflow.key = "leave-imported";
  bundle.workflow.name = "Leave (imported)";
  await page.getByTestId("import-workflow").click();
  await page.locator(".ant-modal input[type=file]").setInputFiles({
    name: "leave-imported.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(bundle, null, 2)),
  });
  await page.getByText("leave-imported.json").waitFor();
  await page.getByTestId("import-submit").click();
  await page.waitForURL(/\/workflows\/\d+$/);
  await expect.poll(() => page.getByTestId("workflow-name").textContent()).toBe("Leave (imported)");

  // The same file again: the key is taken now, and the modal says so.
  await page.goto(`${base()}/workflows`);
  await page.getByTestId("import-workflow").click();
  await page.locator(".ant-modal input[type=file]").setInputFiles({
    name: "again.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(bundle)),
  });
  await page.getByText("again.json").waitFor();
  await page.getByTestId("import-submit").click();
  const refusal = page.locator(".ant-modal .ant-alert-error");
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain("already exists");
  await screenshot(page, "workflows-import");
  // Ticking "load into its draft" imports into the existing workflow instead.
  await page.getByTestId("import-replace-draft").click();
  await page.getByTestId("import-submit").click();
  await page.waitForURL(/\/workflows\/\d+$/);
  await expect.poll(() => page.getByTestId("workflow-name").textContent()).toBe("Leave (imported)");
  expect(errors).toEqual([]);
});

test("clone a workflow from the list", async () => {
  const { page, errors } = ui;
  await page.goto(`${base()}/workflows`);
  await page.getByTestId("workflow-actions-leave").getByTestId("clone-button").click();
  const form = page.getByTestId("clone-form");
  await form.locator("#key").fill("leave-clone");
  await form.locator("#name").fill("Leave (clone)");
  await page.getByTestId("clone-submit").click();
  await page.waitForURL(/\/workflows\/\d+$/);
  await expect.poll(() => page.getByTestId("workflow-name").textContent()).toBe("Leave (clone)");
  await page.goto(`${base()}/workflows?q=clone`);
  await page.getByTestId("workflow-link-leave-clone").waitFor();

  // The clone has no tickets: it can go again (after a confirmation).
  await page.getByTestId("workflow-actions-leave-clone").getByTestId("delete-button").click();
  await page.locator(".ant-popconfirm .ant-btn-dangerous").click();
  await page.getByText("Deleted “Leave (clone)”.").waitFor();
  await page.getByTestId("workflow-link-leave-clone").waitFor({ state: "detached" });
  expect(errors).toEqual([]);
});

test("the overview shows the versions and what changed between them", async () => {
  const { page, errors } = ui;
  const leave = await workflowByKey("leave");
  await publishChangedLeave(leave.id);

  await page.goto(`${base()}/workflows/${leave.id}`);
  await expect.poll(() => page.getByTestId("workflow-name").textContent()).toBe("Leave request");
  const history = page.getByTestId("version-table");
  await history.getByText("Payroll step").waitFor();
  expect(await history.textContent()).toMatch(/Archived/);

  const list = page.getByTestId("diff-list");
  await list.waitFor();
  expect(await page.getByTestId("diff-from").textContent()).toContain(`v${leave.current_version}`);
  await list.locator('[data-testid=diff-item][data-key=payroll][data-op=added]').waitFor();
  await list.locator('[data-testid=diff-item][data-key=hr_review][data-op=changed]').waitFor();
  await list.locator('[data-testid=diff-item][data-key=cover][data-op=added]').waitFor();
  // The newer graph colours the new state; the older one does not have it.
  await page.getByTestId("graph-to-node-payroll").waitFor();
  expect(await page.getByTestId("graph-to-node-payroll").getAttribute("data-op")).toBe("added");
  expect(await page.getByTestId("graph-from-node-payroll").count()).toBe(0);

  await screenshot(page, "workflows-overview");
  await page.getByTestId("diff-card").scrollIntoViewIfNeeded();
  await page.getByTestId("diff-card").screenshot({ path: resolve(SCREENSHOTS, "workflows-diff.png") });

  // Settings save through PATCH.
  const form = page.getByTestId("settings-form");
  await form.locator("#category").fill("People");
  await page.getByTestId("settings-save").click();
  await page.getByText("Settings saved.").waitFor();
  expect(await workflowByKey("leave")).toMatchObject({ category: "People" });
  expect(errors).toEqual([]);
});

test("the statistics dashboard for a demo workflow", async () => {
  const { page, errors } = ui;
  const leave = await workflowByKey("leave");
  await page.goto(`${base()}/workflows/${leave.id}`);
  await page.getByTestId("statistics-button").click();
  await page.waitForURL(new RegExp(`/insight\\?workflow=${leave.id}$`));
  await page.getByTestId("statistics-summary").waitFor();

  // Pick another demo workflow, then come back to leave through the picker. Typing narrows the
  // list: it is virtual, so with many workflows an option far down is not on the page at all.
  await page.getByTestId("statistics-workflow").click();
  await page.keyboard.type("Release approval");
  await page.locator(".ant-select-item-option", { hasText: "Release approval" }).click();
  await page.waitForURL(/workflow=\d+/);
  await page.getByTestId("statistics-workflow").click();
  await page.keyboard.type("Leave request");
  await page.locator(".ant-select-item-option", { hasText: "Leave request" }).click();
  await page.waitForURL(new RegExp(`workflow=${leave.id}`));
  await page.locator(".ant-select-dropdown").waitFor({ state: "hidden" });
  await page.getByTestId("chart-per-day").locator(".recharts-surface").first().waitFor();
  const created = await page.getByTestId("summary-created").textContent();
  expect(Number(created?.replace(/\D/g, ""))).toBeGreaterThan(0);
  await screenshot(page, "statistics-dashboard");
  expect(errors).toEqual([]);
});

test("the pages speak Chinese when asked", async () => {
  const leave = await workflowByKey("leave");
  const { page: zhPage, errors: zhErrors } = await ui.open({ tenant: "it", username: "admin", path: `/workflows/${leave.id}`, language: "zh-CN" });
  await zhPage.getByTestId("diff-list").waitFor();
  expect(await zhPage.getByTestId("version-history").textContent()).toContain("版本历史");
  await screenshot(zhPage, "workflows-overview-zh");
  await zhPage.goto(`${base()}/insight?workflow=${leave.id}&days=7`);
  await zhPage.getByTestId("statistics-summary").waitFor();
  expect(await zhPage.getByTestId("statistics-summary").textContent()).toContain("新建工单");
  await screenshot(zhPage, "statistics-dashboard-zh");
  expect(zhErrors).toEqual([]);
});
