// Building a workflow in the designer, step by step, for the end-to-end specs (any language: every
// element is found by data-testid, options by their value).
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { api, hostUrl, screenshot } from "./browser";

const base = () => hostUrl("it");

/** Open an Ant Design Select by test id and click the option with this value (typing `search` first if given). */
export async function pick(page: Page, testId: string, value: string, search?: string): Promise<void> {
  const open = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
  // A dropdown still closing (animation) holds the same options: wait until it is gone.
  await expect.poll(() => open.count(), { timeout: 5_000 }).toBe(0);
  const select = page.getByTestId(testId);
  await select.locator(".ant-select-selector").click();
  if (search !== undefined) await select.locator("input").fill(search);
  await open.locator(`[data-value="${value}"]`).click();
}

/** Create a workflow from the list page (its starter draft: start → done) and land in its designer; its id. */
export async function createWorkflow(page: Page, key: string, name: string): Promise<number> {
  await page.goto(`${base()}/workflows`);
  const button = page.getByTestId("new-workflow");
  if (await button.isVisible({ timeout: 10_000 }).catch(() => false)) {
    await button.click();
    const form = page.getByTestId("create-workflow-form");
    await form.locator("#name").fill(name);
    await form.locator("#key").fill(key);
    await page.getByTestId("create-workflow-submit").click();
    await page.waitForURL(/\/workflows\/\d+\/design$/);
    return Number(/\/workflows\/(\d+)\/design/.exec(page.url())![1]);
  }
  // The list page is not there: create it through the API instead.
  const created = await api(page, "POST", "/api/v1/workflows", { key, name });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = (created.body as { id: number }).id;
  await openDesigner(page, id);
  return id;
}

export async function openDesigner(page: Page, id: number): Promise<void> {
  await page.goto(`${base()}/workflows/${id}/design`);
  await waitForDesigner(page);
}

export async function waitForDesigner(page: Page): Promise<void> {
  await page.getByTestId("designer-canvas").waitFor();
  await page.locator(".react-flow__node").first().waitFor();
}

export async function showTab(page: Page, tab: "graph" | "fields" | "matrix" | "settings"): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
}

/** Fit every state into the canvas (new states may land outside the visible part). */
export async function fitView(page: Page): Promise<void> {
  await page.locator(".react-flow__controls-fitview").click();
  await page.waitForTimeout(300);
}

/** Lay the states out by the flow (and fit them into view). */
export async function arrange(page: Page): Promise<void> {
  await showTab(page, "graph");
  await page.getByTestId("arrange").click();
  await page.waitForTimeout(500);
}

export async function selectState(page: Page, key: string): Promise<void> {
  await showTab(page, "graph");
  await page.getByTestId(`state-node-${key}`).click();
  await expect.poll(() => page.getByTestId("state-key").inputValue()).toBe(key);
}

export async function selectTransition(page: Page, key: string): Promise<void> {
  await showTab(page, "graph");
  await page.getByTestId(`edge-${key}`).click();
  await expect.poll(() => page.getByTestId("transition-key").inputValue()).toBe(key);
}

/** Type into a key input and commit it (Enter); the panel must then show it. */
async function setKey(page: Page, testId: string, key: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill(key);
  await input.press("Enter");
  await expect.poll(() => input.inputValue()).toBe(key);
}

/** Add a state from the palette (click) and name it; returns its key. */
export async function addState(page: Page, type: "start" | "normal" | "end", options: { key?: string; name?: string } = {}): Promise<string> {
  await showTab(page, "graph");
  await page.getByTestId(`palette-${type}`).click();
  if (options.name !== undefined) await page.getByTestId("state-name").fill(options.name);
  if (options.key !== undefined) await setKey(page, "state-key", options.key);
  return page.getByTestId("state-key").inputValue();
}

export type GatewayType = "parallel_split" | "parallel_join" | "inclusive_split" | "inclusive_join";

/**
 * Add a gateway from the palette (click) and name it. A split asks whether to add its join too: yes
 * unless `withJoin: false` (the join gets a generated key, named as the split's join). Returns the
 * gateway's key and its join's (null for a join, or a split added alone).
 */
export async function addGateway(
  page: Page,
  type: GatewayType,
  options: { key?: string; name?: string; withJoin?: boolean } = {},
): Promise<{ key: string; join: string | null }> {
  await showTab(page, "graph");
  await page.getByTestId(`palette-${type}`).click();
  const split = type.endsWith("_split");
  if (split) {
    // The latest question (an earlier one may still be closing).
    const answer = page.getByTestId(options.withJoin === false ? "add-split-only" : "add-with-join").last();
    await answer.click();
    await page.locator(".ant-modal-confirm").last().waitFor({ state: "hidden" });
  }
  await page.getByTestId("state-panel").waitFor();
  if (options.name !== undefined) await page.getByTestId("state-name").fill(options.name);
  if (options.key !== undefined) await setKey(page, "state-key", options.key);
  const key = await page.getByTestId("state-key").inputValue();
  if (!split) return { key, join: null };
  return { key, join: await selectedKey(page, "state-join") };
}

/** The key a state Select shows ("Name (key)"), or null when it shows none. */
async function selectedKey(page: Page, testId: string): Promise<string | null> {
  const item = page.getByTestId(testId).locator("xpath=ancestor-or-self::*[contains(@class,'ant-select')][1]").locator(".ant-select-selection-item");
  if (!(await item.count())) return null;
  return /\(([^()]+)\)$/.exec((await item.first().innerText()).trim())?.[1] ?? null;
}

/** Name `join` as the split's join (the split's panel offers the joins of its kind). */
export async function setJoin(page: Page, split: string, join: string): Promise<void> {
  await selectState(page, split);
  await pick(page, "state-join", join);
  await expect.poll(() => selectedKey(page, "state-join")).toBe(join);
}

/** Whether the control is enabled within 5 s (without failing the test when it is not). */
async function becomesEnabled(page: Page, control: Locator): Promise<boolean> {
  for (let attempt = 0; attempt < 25; attempt += 1) {
    if (await control.isEnabled()) return true;
    await page.waitForTimeout(200);
  }
  return false;
}

/**
 * Connect two states from the source's panel (no dragging: works whatever the shapes and the zoom);
 * returns the new transition's key. Out of a gateway the transition is `auto`.
 */
export async function connectFromPanel(page: Page, source: string, target: string, options: { key?: string; name?: string } = {}): Promise<string> {
  await selectState(page, source);
  const add = page.getByTestId("add-transition");
  await pick(page, "add-transition-target", target);
  // Once in a full-suite run on a loaded machine the choice did not take (the button stayed
  // disabled; not reproduced alone): keep a picture of it and choose again, once.
  if (!(await becomesEnabled(page, add))) {
    await screenshot(page, `connect-from-panel-${source}-${target}-not-taken`);
    await pick(page, "add-transition-target", target);
  }
  await add.click();
  await page.getByTestId("transition-panel").waitFor();
  if (options.name !== undefined) await page.getByTestId("transition-name").fill(options.name);
  if (options.key !== undefined) await setKey(page, "transition-key", options.key);
  return page.getByTestId("transition-key").inputValue();
}

/** The condition a branch out of an inclusive split starts on, as an expression (null: it always starts). */
export async function setBranchCondition(page: Page, transition: string, expression: string | null): Promise<void> {
  await selectTransition(page, transition);
  if (expression === null) {
    await page.getByTestId("start-condition-mode-always").click();
    return;
  }
  await page.getByTestId("start-condition-mode-expression").click();
  await page.getByTestId("start-condition-expression").fill(expression);
}

/** Rename the selected state (name and/or key). */
export async function editState(page: Page, options: { key?: string; name?: string }): Promise<void> {
  if (options.name !== undefined) await page.getByTestId("state-name").fill(options.name);
  if (options.key !== undefined) await setKey(page, "state-key", options.key);
}

/** The selected state is handled by these users (searched by username). */
export async function setHandlers(page: Page, usernames: string[]): Promise<void> {
  await pick(page, "participant-kind", "users");
  for (const username of usernames) {
    await pick(page, "participant-users", username, username);
  }
  await page.keyboard.press("Escape");
}

/** Drag from a state's out-handle to another state's in-handle; returns the new transition's key. */
export async function connect(page: Page, source: string, target: string, options: { key?: string; name?: string } = {}): Promise<string> {
  await showTab(page, "graph");
  const from = await page.getByTestId(`handle-out-${source}`).boundingBox();
  const to = await page.getByTestId(`handle-in-${target}`).boundingBox();
  if (!from || !to) throw new Error(`handles of ${source} → ${target} are not on screen`);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2 + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.getByTestId("transition-panel").waitFor();
  if (options.name !== undefined) await page.getByTestId("transition-name").fill(options.name);
  if (options.key !== undefined) await setKey(page, "transition-key", options.key);
  return page.getByTestId("transition-key").inputValue();
}

/** Delete what is selected on the canvas with the Delete key (confirming when asked). */
export async function deleteSelected(page: Page): Promise<void> {
  await page.keyboard.press("Delete");
  const confirm = page.getByTestId("confirm-delete");
  if (await confirm.isVisible({ timeout: 500 }).catch(() => false)) await confirm.click();
}

/** Add a field on the Fields tab; returns its key. */
export async function addField(
  page: Page,
  field: { key: string; label: string; type?: string; required?: boolean },
): Promise<string> {
  await showTab(page, "fields");
  await page.getByTestId("add-field").click();
  await page.getByTestId("field-label").fill(field.label);
  await setKey(page, "field-key", field.key);
  if (field.type && field.type !== "string") await pick(page, "field-type", field.type);
  if (field.required === false) await page.getByTestId("field-required").click();
  await page.getByTestId(`field-item-${field.key}`).waitFor();
  return field.key;
}

export async function setPermission(page: Page, state: string, field: string, permission: "hidden" | "read_only" | "optional" | "required") {
  await showTab(page, "matrix");
  await pick(page, `perm-${state}-${field}`, permission);
}

/** Save (the indicator turns to saved). */
export async function save(page: Page): Promise<void> {
  await page.getByTestId("designer-save").click();
  await page.getByTestId("saved-indicator").waitFor();
}

/** Wait until the live check finished and found nothing. */
export async function expectValid(page: Page): Promise<void> {
  await page.getByTestId("valid-indicator").waitFor({ timeout: 15_000 });
}

/** Publish (confirming) and wait for the workflow's overview page. */
export async function publish(page: Page, workflowId: number, comment = ""): Promise<void> {
  await page.getByTestId("designer-publish").click();
  if (comment) await page.getByTestId("publish-comment").fill(comment);
  await page.getByTestId("confirm-publish").click();
  await page.waitForURL((url) => url.pathname === `/workflows/${workflowId}`, { timeout: 20_000 });
}

/**
 * From a new workflow's starter draft (start → done), build: start "Submit" → normal "Approve" (user
 * `lead`) → end "Done", transitions `submit` and `approve`, fields `title` (text) and `amount`
 * (integer), and the permission matrix. Leaves the designer on the graph with unsaved changes.
 */
export async function buildTwoStepWorkflow(page: Page): Promise<void> {
  await selectState(page, "start");
  await editState(page, { name: "Submit" });
  // The starter's direct start → done transition goes; the workflow now passes through Approve.
  await selectTransition(page, "submit");
  await deleteSelected(page);
  await page.getByTestId("edge-submit").waitFor({ state: "detached" });

  await addState(page, "normal", { key: "approve", name: "Approve" });
  await setHandlers(page, ["lead"]);
  await arrange(page);
  await connect(page, "start", "approve", { key: "submit", name: "Submit" });
  await connect(page, "approve", "done", { key: "approve", name: "Approve" });
  await arrange(page);

  await addField(page, { key: "title", label: "Title" });
  await addField(page, { key: "amount", label: "Amount", type: "int" });

  await setPermission(page, "start", "title", "required");
  await setPermission(page, "start", "amount", "required");
  await setPermission(page, "approve", "title", "read_only");
  await setPermission(page, "approve", "amount", "optional");
  await setPermission(page, "done", "amount", "hidden");
  await showTab(page, "graph");
}
