// Gateways in the designer: an admin builds a parallel split with its join (the palette offers the
// join) and three branches, test-runs it (who each branch would ask), publishes it, and bob, carol
// and lead each approve their branch of alice's ticket in the SPA; and an inclusive split whose
// branch starts on a condition, where a transition that enters a branch from outside is marked.
import { expect, test } from "vitest";
import { api, poll, screenshot, text, setupBrowser } from "./browser";
import {
  addField,
  addGateway,
  addState,
  arrange,
  connect,
  connectFromPanel,
  createWorkflow,
  deleteSelected,
  editState,
  expectValid,
  publish,
  save,
  selectState,
  selectTransition,
  setBranchCondition,
  setHandlers,
  setJoin,
  waitForDesigner,
} from "./designer-steps";

const ui = setupBrowser({ signIn: { tenant: "it", username: "admin", path: "/workflows" } });

type Doc = {
  states: { key: string; type: string; join?: string | null }[];
  transitions: { key: string; source: string; target: string; kind: string; expression?: string | null }[];
};

/** From the starter draft (start → done): drop the direct `submit`, leaving start and done. */
async function dropStarterTransition(): Promise<void> {
  const { page } = ui;
  await selectTransition(page, "submit");
  await deleteSelected(page);
  await page.getByTestId("edge-submit").waitFor({ state: "detached" });
}

/** Two steps handled by `lead`. */
async function addBranchSteps(first: [string, string], second: [string, string]): Promise<void> {
  const { page } = ui;
  for (const [key, name] of [first, second]) {
    await addState(page, "normal", { key, name });
    await setHandlers(page, ["lead"]);
  }
}

test("a parallel split: designed, test-run, published, and three people approve their branches", async () => {
  const { page, errors } = ui;
  const id = await createWorkflow(page, "e2e-parallel", "E2E parallel");
  await waitForDesigner(page);
  await dropStarterTransition();

  const { key: fork, join } = await addGateway(page, "parallel_split", { key: "fork", name: "Prepare" });
  expect(fork).toBe("fork");
  expect(join).not.toBeNull();
  await arrange(page);
  await selectState(page, join!);
  await editState(page, { key: "meet", name: "Ready" });

  for (const [key, name, person] of [["it", "IT", "bob"], ["hr", "HR", "carol"], ["desk", "Desk", "lead"]]) {
    await addState(page, "normal", { key, name });
    await setHandlers(page, [person]);
  }
  await arrange(page);
  await connectFromPanel(page, "start", "fork", { key: "submit", name: "Submit" });
  await connectFromPanel(page, "fork", "it", { key: "to_it", name: "IT" });
  // Dragging from the diamond's handle works like from any state.
  await connect(page, "fork", "hr", { key: "to_hr", name: "HR" });
  await page.getByTestId("transition-auto").waitFor();
  await connectFromPanel(page, "fork", "desk", { key: "to_desk", name: "Desk" });
  for (const step of ["it", "hr", "desk"]) {
    await connectFromPanel(page, step, "meet", { key: `${step}_done`, name: "Done" });
  }
  await connectFromPanel(page, "meet", "done", { key: "finish", name: "Finish" });
  await arrange(page);
  await expectValid(page);
  await page.locator(".react-flow__pane").click({ position: { x: 10, y: 10 } });
  await page.waitForTimeout(300);
  await screenshot(page, "designer-parallel");

  await save(page);
  const draft = (await api(page, "GET", `/api/v1/workflows/${id}/draft`)).body as { document: Doc };
  const states = Object.fromEntries(draft.document.states.map((state) => [state.key, [state.type, state.join ?? null]]));
  // Renaming the join renamed the split's join.
  expect(states).toMatchObject({ fork: ["parallel_split", "meet"], meet: ["parallel_join", null], it: ["normal", null] });
  const kinds = Object.fromEntries(draft.document.transitions.map((t) => [t.key, t.kind]));
  expect(kinds).toMatchObject({ submit: "manual", to_it: "auto", to_hr: "auto", to_desk: "auto", it_done: "manual", finish: "auto" });

  // The test run, before publishing: three branches side by side, each with the person it asks.
  await page.getByTestId("designer-test-run").click();
  await page.getByTestId("simulate-run").click();
  await poll(() => text(page, "simulate-outcome")).toContain("Done");
  for (const [step, person] of [["it", "bob"], ["hr", "carol"], ["desk", "lead"]]) {
    await page.getByTestId(`simulate-lane-fork:to_${step}`).waitFor();
    await poll(() => text(page, `simulate-handlers-${step}`)).toContain(person);
  }
  await screenshot(page, "designer-test-run");
  await page.keyboard.press("Escape");
  await page.getByTestId("simulate-drawer").waitFor({ state: "hidden" });

  await publish(page, id, "Parallel");
  const workflow = await api(page, "GET", `/api/v1/workflows/${id}`);
  expect((workflow.body as { current_version: number }).current_version).toBe(1);
  expect(errors).toEqual([]);

  // alice files a ticket; it splits into the three branches.
  const { context: aliceContext, page: alice } = await ui.open({ tenant: "it", username: "alice", path: `/tickets/new/${id}` });
  await alice.getByTestId("create-transition-submit").click();
  await alice.waitForURL(/\/tickets\/\d+$/);
  const ticketPath = new URL(alice.url()).pathname;
  const serial = await text(alice, "ticket-serial");
  await aliceContext.close();

  // Each approves their own branch, from their to-do list; the last one passes the join.
  for (const [person, step] of [["bob", "it"], ["carol", "hr"], ["lead", "desk"]]) {
    const { context: own, page: approver, errors: approverErrors } = await ui.open({ tenant: "it", username: person, path: "/tickets?view=todo" });
    await poll(() => approver.getByTestId(`ticket-row-${serial}`).isVisible()).toBe(true);
    await approver.getByTestId(`ticket-row-${serial}`).click();
    await approver.waitForURL((url) => url.pathname === ticketPath);
    await poll(() => approver.getByTestId(`graph-node-${step}`).getAttribute("aria-current")).toBe("step");
    await approver.getByTestId(`handle-transition-${step}_done`).click();
    if (person === "carol") await screenshot(approver, "ticket-parallel-branches");
    if (person === "lead") await poll(() => text(approver, "ticket-state")).toBe("Done");
    else await poll(() => approver.getByTestId(`handle-transition-${step}_done`).count()).toBe(0);
    expect(approverErrors).toEqual([]);
    await own.close();
  }
  const ticketId = Number(ticketPath.split("/").pop());
  const log = (await api(page, "GET", `/api/v1/tickets/${ticketId}/flow-log`)).body as { action: string }[];
  expect(log.filter((row) => row.action === "join")).toHaveLength(1);
});

test("an inclusive split: a branch starts on a condition; entering a branch from outside is marked", async () => {
  const { page, errors } = ui;
  const id = await createWorkflow(page, "e2e-inclusive", "E2E inclusive");
  await waitForDesigner(page);
  await dropStarterTransition();
  await addField(page, { key: "amount", label: "Amount", type: "int" });

  // Added alone, then given a join of its kind.
  const { key: pick } = await addGateway(page, "inclusive_split", { key: "pick", name: "Who reviews", withJoin: false });
  const { key: gather } = await addGateway(page, "inclusive_join", { key: "gather", name: "Reviewed" });
  await addBranchSteps(["finance", "Finance"], ["legal", "Legal"]);
  await arrange(page);
  await setJoin(page, pick, gather);

  await connectFromPanel(page, "start", "pick", { key: "submit", name: "Submit" });
  await connectFromPanel(page, "pick", "finance", { key: "to_finance", name: "Finance" });
  await connectFromPanel(page, "pick", "legal", { key: "to_legal", name: "Legal" });
  await connectFromPanel(page, "finance", "gather", { key: "finance_done", name: "Done" });
  await connectFromPanel(page, "legal", "gather", { key: "legal_done", name: "Done" });
  await connectFromPanel(page, "gather", "done", { key: "finish", name: "Finish" });
  await arrange(page);
  await setBranchCondition(page, "to_finance", "amount > 1000");
  await page.getByTestId("edge-to_finance").getByTestId("edge-condition").waitFor();

  // A shortcut into a branch: the live check marks that transition.
  await connectFromPanel(page, "start", "legal", { key: "shortcut", name: "Straight to legal" });
  await page.locator('[data-testid="edge-shortcut"].invalid').waitFor({ timeout: 15_000 });
  await screenshot(page, "designer-inclusive-problem");
  await selectTransition(page, "shortcut");
  await deleteSelected(page);
  await page.getByTestId("edge-shortcut").waitFor({ state: "detached" });
  await expectValid(page);

  await save(page);
  const draft = (await api(page, "GET", `/api/v1/workflows/${id}/draft`)).body as { document: Doc };
  expect(draft.document.states.find((state) => state.key === "pick")).toMatchObject({ type: "inclusive_split", join: "gather" });
  expect(draft.document.transitions.find((t) => t.key === "to_finance")).toMatchObject({ kind: "auto", expression: "amount > 1000" });
  const legal = draft.document.transitions.find((t) => t.key === "to_legal")!;
  expect([legal.kind, legal.expression ?? null]).toEqual(["auto", null]);
  await publish(page, id, "Inclusive");
  expect(errors).toEqual([]);
});
