// The designer: an admin creates a workflow, builds a two-step approval on the canvas (states,
// handles dragged into transitions, a handler, fields, the permission matrix), saves and publishes;
// the published version is the one built. A stale draft offers reload / overwrite.
import { expect, test } from "vitest";
import { api, hostUrl, screenshot, setupBrowser } from "./browser";
import {
  buildTwoStepWorkflow,
  createWorkflow,
  deleteSelected,
  expectValid,
  fitView,
  publish,
  save,
  selectState,
  showTab,
  waitForDesigner,
} from "./designer-steps";

// Each test in its own signed-in page (a page left with unsaved changes would hold the next one back).
const ui = setupBrowser({ signIn: { tenant: "it", username: "admin", path: "/workflows" } });

type Doc = {
  states: { key: string; name: string; type: string; participant: { kind: string; users: string[] }; field_permissions: Record<string, string> }[];
  transitions: { key: string; source: string; target: string }[];
  fields: { key: string; type: string }[];
};

test("an admin builds, saves and publishes a two-step workflow", async () => {
  const { page, errors } = ui;
  const id = await createWorkflow(page, "e2e-expense", "E2E expense");
  await waitForDesigner(page);

  // A state dropped from the palette lands where it is dropped; Delete removes it again.
  await page.getByTestId("palette-end").dragTo(page.getByTestId("designer-canvas"), { targetPosition: { x: 320, y: 80 } });
  await page.getByTestId("state-node-state_1").waitFor();
  await page.getByTestId("unsaved-indicator").waitFor();
  // Nothing leads to it: the live check marks it and lists the problem.
  await page.getByTestId("problems-indicator").waitFor({ timeout: 15_000 });
  await page.locator('[data-testid="state-node-state_1"][data-invalid="true"]').waitFor();
  await screenshot(page, "designer-problems");
  await page.getByTestId("state-node-state_1").click();
  await deleteSelected(page);
  await page.getByTestId("state-node-state_1").waitFor({ state: "detached" });

  await buildTwoStepWorkflow(page);
  await expectValid(page);
  await page.locator(".react-flow__pane").click({ position: { x: 10, y: 10 } });
  await screenshot(page, "designer-canvas");
  await selectState(page, "approve");
  await screenshot(page, "designer-panel");

  await showTab(page, "fields");
  await page.getByTestId("field-item-amount").click();
  await screenshot(page, "designer-fields");
  await showTab(page, "matrix");
  await screenshot(page, "designer-matrix");
  await showTab(page, "graph");

  await save(page);
  const saved = await api(page, "GET", `/api/v1/workflows/${id}/draft`);
  const draft = (saved.body as { document: Doc }).document;
  expect(draft.states.map((state) => [state.key, state.type])).toEqual([
    ["start", "start"],
    ["done", "end"],
    ["approve", "normal"],
  ]);
  expect(draft.transitions.map((t) => [t.key, t.source, t.target])).toEqual([
    ["submit", "start", "approve"],
    ["approve", "approve", "done"],
  ]);
  expect(draft.states[2].participant).toMatchObject({ kind: "users", users: ["lead"] });
  expect(draft.fields.map((field) => [field.key, field.type])).toEqual([
    ["title", "string"],
    ["amount", "int"],
  ]);
  expect(draft.states[0].field_permissions).toEqual({ title: "required", amount: "required" });
  expect(draft.states[2].field_permissions).toEqual({ title: "read_only", amount: "optional" });

  await publish(page, id, "First version");
  const workflow = await api(page, "GET", `/api/v1/workflows/${id}`);
  expect((workflow.body as { current_version: number }).current_version).toBe(1);
  expect(errors).toEqual([]);
});

test("a draft changed elsewhere is not overwritten silently", async () => {
  const { page, errors } = ui;
  const id = await createWorkflow(page, "e2e-conflict", "E2E conflict");
  await waitForDesigner(page);
  // Someone else saves the draft meanwhile.
  const loaded = await api(page, "GET", `/api/v1/workflows/${id}/draft`);
  const theirs = loaded.body as { document: Doc };
  theirs.document.states[0].name = "Theirs";
  const put = await api(page, "PUT", `/api/v1/workflows/${id}/draft`, { document: theirs.document }, { "If-Match": loaded.etag ?? "" });
  expect(put.status).toBe(200);

  await selectState(page, "start");
  await page.getByTestId("state-name").fill("Mine");
  await page.keyboard.press("Control+s");
  await page.getByTestId("conflict-reload").waitFor();
  await screenshot(page, "designer-conflict");
  await page.getByTestId("conflict-reload").click();
  await expect.poll(() => page.getByTestId("state-node-start").textContent()).toContain("Theirs");
  await page.getByTestId("saved-indicator").waitFor();

  await selectState(page, "start");
  await page.getByTestId("state-name").fill("Mine after all");
  await page.getByTestId("designer-save").click();
  await page.getByTestId("saved-indicator").waitFor();
  const after = await api(page, "GET", `/api/v1/workflows/${id}/draft`);
  expect((after.body as { document: Doc }).document.states[0].name).toBe("Mine after all");
  await fitView(page);
  expect(errors).toEqual([]);
});

test("the demo workflows open as they were designed, in both languages", async () => {
  const { page, errors } = ui;
  const workflows = (await api(page, "GET", "/api/v1/workflows")).body as { id: number; key: string }[];
  const release = workflows.find((workflow) => workflow.key === "release")!;
  await page.goto(`${hostUrl("it")}/workflows/${release.id}/design`);
  await waitForDesigner(page);
  await page.getByTestId("valid-indicator").waitFor({ timeout: 15_000 });
  // Hook, SLA, countersign and timer badges; the structured branch to the change board.
  await page.getByTestId("state-node-ci_check").getByTestId("badge-hook").waitFor();
  await page.getByTestId("state-node-approval").getByTestId("badge-sla").waitFor();
  await page.getByTestId("state-node-cab_review").getByTestId("badge-countersign").waitFor();
  await page.getByTestId("state-node-deploying").getByTestId("badge-timer").waitFor();
  await page.getByTestId("edge-approve-branch-0").click();
  await page.getByTestId("branch-0-condition-row-0-0").waitFor();
  await screenshot(page, "designer-release");
  await showTab(page, "settings");
  await screenshot(page, "designer-settings");

  const leave = workflows.find((workflow) => workflow.key === "leave")!;
  const { page: zhPage, errors: zhErrors } = await ui.open({ tenant: "it", username: "admin", path: `/workflows/${leave.id}/design`, language: "zh-CN" });
  await waitForDesigner(zhPage);
  await zhPage.getByTestId("valid-indicator").waitFor({ timeout: 15_000 });
  await zhPage.getByTestId("edge-lead_approve").click();
  await zhPage.getByTestId("branch-0-expression").waitFor();
  await screenshot(zhPage, "designer-zh-transition");
  await zhPage.getByTestId("tab-matrix").click();
  await screenshot(zhPage, "designer-zh-matrix");
  expect(zhErrors).toEqual([]);
  expect(errors).toEqual([]);
});
