// The designer without traps (issue 17), tried as a new admin would: the workflow key is suggested
// from the name; a new state lands in view next to the selected one; a connection dropped on a
// state's body connects; a duplicate key is a listed problem that blocks publishing; a condition
// value of the wrong type is refused with a reason; a participant that may resolve to nobody is a
// warning; and every edit can be undone and redone.
import { expect, test } from "vitest";
import { api, hostUrl, poll, screenshot, setupBrowser } from "./browser";
import { addField, pick, selectState, showTab, waitForDesigner } from "./designer-steps";

const ui = setupBrowser({ signIn: { tenant: "it", username: "admin", path: "/workflows" } });

type Box = { x: number; y: number; width: number; height: number };

const box = async (testId: string): Promise<Box> => {
  const found = await ui.page.getByTestId(testId).boundingBox();
  if (!found) throw new Error(`${testId} is not on screen`);
  return found;
};
const within = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every state node's box but `except`'s. */
async function otherNodes(except: string): Promise<Box[]> {
  const nodes = ui.page.locator("[data-testid^='state-node-']");
  const boxes: Box[] = [];
  for (let index = 0; index < (await nodes.count()); index += 1) {
    const node = nodes.nth(index);
    if ((await node.getAttribute("data-testid")) === `state-node-${except}`) continue;
    const found = await node.boundingBox();
    if (found) boxes.push(found);
  }
  return boxes;
}

/** Create the workflow through the form: the key follows the name until typed by hand. */
async function createThroughForm(): Promise<number> {
  const { page } = ui;
  await page.goto(`${hostUrl("it")}/workflows`);
  await page.getByTestId("new-workflow").click();
  const name = page.getByTestId("create-workflow-name");
  const key = page.getByTestId("create-workflow-key");
  await name.fill("Traps check");
  await poll(() => key.inputValue()).toBe("traps-check");
  await name.fill("请假申请");
  await poll(() => key.inputValue()).toMatch(/^workflow-\d+$/);
  await key.fill("e2e-traps");
  await name.fill("Designer traps");
  expect(await key.inputValue()).toBe("e2e-traps");
  await screenshot(page, "designer-traps-key");
  await page.getByTestId("create-workflow-submit").click();
  await page.waitForURL(/\/workflows\/\d+\/design$/);
  return Number(/\/workflows\/(\d+)\/design/.exec(page.url())![1]);
}

test("a new admin meets no traps in the designer", async () => {
  const { page, errors } = ui;
  const id = await createThroughForm();
  await waitForDesigner(page);
  const canvas = await box("designer-canvas");

  // 1. Next to the selected state, inside the canvas, on top of nothing.
  await selectState(page, "done");
  await page.getByTestId("palette-normal").click();
  await page.getByTestId("state-node-state_1").waitFor();
  const placed = await box("state-node-state_1");
  const done = await box("state-node-done");
  expect(within(placed, canvas)).toBe(true);
  expect(Math.abs(placed.x - done.x) + Math.abs(placed.y - done.y)).toBeLessThan(400);
  for (const other of await otherNodes("state_1")) expect(overlap(placed, other)).toBe(false);
  // Without a selection: in the middle of the view, still on top of nothing.
  await page.locator(".react-flow__pane").click({ position: { x: 20, y: 20 } });
  await page.getByTestId("palette-end").click();
  await page.getByTestId("state-node-state_2").waitFor();
  const middle = await box("state-node-state_2");
  expect(within(middle, canvas)).toBe(true);
  for (const other of await otherNodes("state_2")) expect(overlap(middle, other)).toBe(false);

  // 2. A connection dropped on the middle of a state's body (not its handle) connects to it.
  const from = await box("handle-out-state_1");
  const target = await box("state-node-state_2");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2 + 20, { steps: 8 });
  await page.getByTestId("body-target-state_2").waitFor();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 3 });
  await page.mouse.up();
  await page.getByTestId("edge-transition_1").waitFor();
  await page.getByTestId("transition-panel").waitFor();

  // 7. Undo / redo: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and the toolbar, over the connection just made.
  await page.locator(".react-flow__pane").click({ position: { x: 20, y: 20 } });
  await page.keyboard.press("Control+z");
  await page.getByTestId("edge-transition_1").waitFor({ state: "detached" });
  await page.keyboard.press("Control+Shift+z");
  await page.getByTestId("edge-transition_1").waitFor();
  await page.getByTestId("designer-undo").click();
  await page.getByTestId("edge-transition_1").waitFor({ state: "detached" });
  await page.getByTestId("designer-redo").click();
  await page.getByTestId("edge-transition_1").waitFor();
  await page.getByTestId("designer-undo").click();
  await page.keyboard.press("Control+y");
  await page.getByTestId("edge-transition_1").waitFor();
  // Not while typing: Ctrl+Z in a text box is the box's own.
  await selectState(page, "state_1");
  await page.getByTestId("state-name").fill("Review");
  await page.getByTestId("state-name").press("Control+z");
  await page.waitForTimeout(200);
  expect(await page.getByTestId("edge-transition_1").count()).toBe(1);
  expect(await page.getByTestId("state-node-state_1").count()).toBe(1);

  // 6. A participant that may resolve to nobody is a warning (admin, who may create, has no department).
  await pick(page, "participant-kind", "variable");
  await pick(page, "participant-variable", "creator_department_leader");
  await page.getByTestId("warning-0").waitFor({ timeout: 15_000 });
  await poll(() => page.getByTestId("warning-0").textContent()).toContain("no department");
  await page.getByTestId("warnings-indicator").waitFor();

  // 5. A number compared with "abc" is refused with a reason; a number is taken.
  await addField(page, { key: "amount", label: "Amount", type: "int" });
  await showTab(page, "graph");
  await page.getByTestId("edge-transition_1").click();
  await page.getByTestId("add-branch").click();
  const value = page.getByTestId("branch-0-condition-row-0-0-value");
  await value.fill("abc");
  await poll(() => page.getByTestId("branch-0-condition-row-0-0-value-error").textContent()).toContain("not a number");
  await value.fill("100");
  await page.getByTestId("branch-0-condition-row-0-0-value-error").waitFor({ state: "detached" });
  await value.fill("tomorrow");
  await page.getByTestId("branch-0-condition-row-0-0-value-error").waitFor();
  await screenshot(page, "designer-traps-condition");
  await value.fill("100");

  // 3. A duplicate key is listed, blocks publishing, and the header does not say "Ready to publish".
  await selectState(page, "state_1");
  const key = page.getByTestId("state-key");
  await key.fill("done");
  await key.press("Tab");
  await poll(() => page.getByTestId("problems-panel").textContent()).toContain("Duplicate key");
  await page.getByTestId("problems-indicator").waitFor();
  expect(await page.getByTestId("valid-indicator").count()).toBe(0);
  await screenshot(page, "designer-traps-duplicate");
  await page.getByTestId("designer-publish").click();
  await page.getByText(/Not published: 1 key you typed/).waitFor();
  expect(await page.getByTestId("confirm-publish").count()).toBe(0);
  expect(new URL(page.url()).pathname).toBe(`/workflows/${id}/design`);
  // The server refuses a duplicate too (a draft saved by other means).
  const draft = await api(page, "GET", `/api/v1/workflows/${id}/draft`);
  const document = draft.body.document as { states: { key: string }[] };
  document.states[1] = { ...document.states[1], key: document.states[0].key };
  const refused = await api(page, "PUT", `/api/v1/workflows/${id}/draft`, { document }, { "If-Match": draft.etag ?? "*" });
  expect(refused.status).toBe(422);
  expect(refused.body.error.code).toBe("duplicate_key");
  // Escape gives the typed key up: the problem goes.
  await key.press("Escape");
  await poll(() => page.getByTestId("problems-panel").textContent()).not.toContain("Duplicate key");

  expect(errors).toEqual([]);
});
