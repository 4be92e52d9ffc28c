import { json, requests, serve } from "@/test/fetch-stub";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { choose } from "../../testing/antd";
import { gatewayDoc, richDoc } from "../../testing/documents";
import { harness, renderInDesigner } from "../../testing/render";
import { useDesigner } from "../../hooks/use-designer";
import { StatePanel } from "./StatePanel";

vi.setConfig({ testTimeout: 30_000 });

const USERS = [
  { id: 1, username: "lead", display_name: "Lena Lead" },
  { id: 2, username: "carol", display_name: "Carol" },
];

const WORKFLOWS = [
  { id: 7, key: "purchase", name: "Purchase", current_version: 2, can_manage: true },
  { id: 8, key: "unpublished", name: "Not yet", current_version: null, can_manage: true },
];

beforeEach(() => {
  serve((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/users") {
      const q = url.searchParams.get("q") ?? "";
      return json({ items: USERS.filter((user) => user.username.includes(q)), next_cursor: null });
    }
    if (url.pathname === "/api/v1/departments") return json([{ id: 1, code: "ops", name: "Operations" }]);
    if (url.pathname === "/api/v1/roles") return json([{ id: 1, code: "hr", name: "HR" }]);
    if (url.pathname === "/api/v1/scripts") return json([{ id: 1, code: "route", name: "Route", description: "", is_active: true }]);
    if (url.pathname === "/api/v1/notification-channels") return json([{ id: 1, code: "email", name: "Email" }]);
    if (url.pathname === "/api/v1/workflows") return json(WORKFLOWS);
    if (url.pathname === "/api/v1/workflows/7/versions/2") {
      return json({ number: 2, status: "published", document: { fields: [{ key: "item", label: "Item", type: "string" }, { key: "qty", label: "Quantity", type: "int" }] } });
    }
    return json({ error: { code: "not_found", message: "no" } }, 404);
  });
});

const review = () => harness.doc!.states[1];

/** The panel of the second state, as the designer's document has it now. */
function SecondState() {
  const { doc } = useDesigner();
  const state = doc.states[1];
  return <StatePanel key={state.key} state={state} />;
}

function renderReview(problems = [], doc = richDoc()) {
  return renderInDesigner(<SecondState />, doc, { problems });
}

test("editing the name and the type", async () => {
  renderReview();
  fireEvent.change(screen.getByTestId("state-name"), { target: { value: "Manager review" } });
  expect(review().name).toBe("Manager review");
  fireEvent.click(screen.getByText("End"));
  expect(review()).toMatchObject({ type: "end", sla: null, participant: { kind: "none" } });
  expect(screen.getByText(/Tickets that reach an end state are finished/)).toBeInTheDocument();
});

test("a key edit is checked, then renames the state everywhere", async () => {
  renderReview();
  const input = screen.getByTestId("state-key");
  fireEvent.change(input, { target: { value: "9bad" } });
  expect(screen.getByText(/Start with a letter or _/)).toBeInTheDocument();
  fireEvent.change(input, { target: { value: "done" } });
  expect(screen.getByText("Another element already has this key.")).toBeInTheDocument();
  fireEvent.blur(input);
  expect(harness.doc!.states[1].key).toBe("review");
  fireEvent.change(input, { target: { value: "check" } });
  fireEvent.keyDown(input, { key: "Enter" });
  fireEvent.blur(input);
  expect(harness.doc!.states[1].key).toBe("check");
  expect(harness.doc!.transitions.find((t) => t.key === "submit")!.target).toBe("check");
});

test("users are searched on the server and stored by username", async () => {
  renderReview();
  const select = screen.getByTestId("participant-users");
  const input = select.closest(".ant-select")!.querySelector("input")!;
  fireEvent.mouseDown(select.closest(".ant-select")!.querySelector(".ant-select-selector")!);
  fireEvent.change(input, { target: { value: "car" } });
  await waitFor(() => expect(requests.some((r) => new URL(r.url).searchParams.get("q") === "car")).toBe(true));
  const option = await screen.findByText("Carol (carol)", { selector: ".ant-select-item-option-content" });
  fireEvent.click(option);
  expect(review().participant.users).toEqual(["lead", "carol"]);
});

test("switching the participant kind shows that kind's picker and drops the old names", async () => {
  renderReview();
  await choose("participant-kind", "Relative to the creator");
  expect(review().participant).toMatchObject({ kind: "variable", variable: "creator", users: [] });
  await choose("participant-variable", "The creator's department leader");
  expect(review().participant.variable).toBe("creator_department_leader");
});

test("a script can handle the state by itself (a robot state)", async () => {
  renderReview();
  await choose("participant-kind", "A script (robot)");
  expect(review().participant).toMatchObject({ kind: "script", script: null, users: [] });
  await choose("participant-script", "Route (route)");
  expect(review().participant.script).toBe("route");
});

test("countersign settings appear with the countersign distribution", async () => {
  renderReview();
  await choose("distribution-kind", "Countersign");
  expect(review().distribution).toEqual({ kind: "countersign", countersign: { mode: "all", veto_on_reject: true } });
  await choose("countersign-mode", "A percentage");
  expect(review().distribution.countersign).toMatchObject({ mode: "percent", percent: 50 });
  fireEvent.change(screen.getByTestId("countersign-percent"), { target: { value: "75" } });
  expect(review().distribution.countersign!.percent).toBe(75);
});

test("the SLA: remind by default, auto-transition picks a way out", async () => {
  const doc = richDoc();
  doc.states[1].sla = null;
  renderReview([], doc);
  await act(async () => fireEvent.click(screen.getByTestId("sla-enabled")));
  expect(review().sla).toEqual({ duration_seconds: 86400, action: "remind", escalate_to: null, transition: null });
  await choose("sla-action", "Take a transition");
  expect(review().sla).toMatchObject({ action: "auto_transition", transition: "approve" });
  await choose("sla-action", "Escalate");
  expect(review().sla).toMatchObject({ action: "escalate", transition: null, escalate_to: { kind: "users" } });
  expect(screen.getByTestId("escalate-users")).toBeInTheDocument();
});

test("the SLA's warning: off by default, a quarter of the limit when switched on, whole days on working days", async () => {
  const doc = richDoc();
  doc.states[1].sla = { duration_seconds: 4 * 3600, action: "remind", escalate_to: null, transition: null };
  renderReview([], doc);
  expect(screen.queryByTestId("sla-warn")).not.toBeInTheDocument();
  await act(async () => fireEvent.click(screen.getByTestId("sla-warn-enabled")));
  expect(review().sla!.warn_before_seconds).toBe(3600);
  expect(screen.getByLabelText("Warn this long before")).toBeInTheDocument();
  fireEvent.change(screen.getByTestId("sla-warn"), { target: { value: "0.5" } }); // in hours
  expect(review().sla!.warn_before_seconds).toBe(30 * 60);
  // The limit moves to working days: the warning rounds to whole days too.
  await choose("sla-duration-clock", "Working days");
  expect(review().sla).toMatchObject({ clock: "working_days", duration_seconds: 86400, warn_before_seconds: 86400 });
  fireEvent.change(screen.getByTestId("sla-warn-days"), { target: { value: "2" } });
  expect(review().sla!.warn_before_seconds).toBe(2 * 86400);
  await act(async () => fireEvent.click(screen.getByTestId("sla-warn-enabled")));
  expect(review().sla!.warn_before_seconds).toBeNull();
});

test("a problem with the warning shows on it", () => {
  const doc = richDoc();
  doc.states[1].sla = { duration_seconds: 3600, action: "remind", escalate_to: null, transition: null, warn_before_seconds: 3600 };
  const message = "The warning must come before the SLA runs out: make it shorter.";
  renderReview([{ path: "states.1.sla.warn_before_seconds", code: "invalid_sla", message }] as never, doc);
  expect(screen.getAllByText(message).length).toBeGreaterThan(0);
});

test("problems of the state are listed and shown on their inputs", () => {
  renderReview([{ path: "states.1.participant.users.0", code: "unknown_user", message: "There is no active user 'lead'." }] as never);
  const alert = screen.getByTestId("panel-problems");
  expect(within(alert).getByText("There is no active user 'lead'.")).toBeInTheDocument();
  expect(screen.getAllByText("There is no active user 'lead'.")).toHaveLength(2);
});

test("deleting a state that transitions use asks first and says what else goes", async () => {
  renderReview();
  fireEvent.click(screen.getByTestId("delete-state"));
  const consequences = await screen.findByTestId("delete-consequences");
  expect(consequences).toHaveTextContent("submit, approve, reject");
  fireEvent.click(screen.getByTestId("confirm-delete"));
  await waitFor(() => expect(harness.doc!.states.map((s) => s.key)).toEqual(["start", "done", "rejected"]));
  expect(harness.doc!.transitions).toEqual([]);
});

test("a transition can be added from the panel, without dragging", async () => {
  renderReview();
  await choose("add-transition-target", "Draft (start)");
  fireEvent.click(screen.getByTestId("add-transition"));
  const added = harness.doc!.transitions.at(-1)!;
  expect(added).toMatchObject({ key: "transition_1", source: "review", target: "start", name: "To Draft" });
});

/** The panel of the state with this key, as the designer's document has it now. */
function StateAt({ stateKey }: { stateKey: string }) {
  const { doc } = useDesigner();
  const state = doc.states.find((item) => item.key === stateKey)!;
  return <StatePanel key={state.key} state={state} />;
}
const stateOf = (key: string) => harness.doc!.states.find((state) => state.key === key)!;

test("a split shows its join (joins of its kind only) instead of handlers, options, SLA and scripts", async () => {
  renderInDesigner(<StateAt stateKey="fork" />, gatewayDoc());
  expect(screen.getByTestId("gateway-settings")).toHaveTextContent(/starts the branches whose condition holds/);
  for (const hidden of ["participant-kind", "distribution-kind", "state-can-withdraw", "sla-enabled", "state-scripts", "state-type", "subprocess"]) {
    expect(screen.queryByTestId(hidden)).not.toBeInTheDocument();
  }
  expect(screen.getByTestId("outgoing-to_it")).toBeInTheDocument();
  expect(screen.queryByTestId("add-timer")).not.toBeInTheDocument();
  fireEvent.mouseDown(screen.getByTestId("state-join").closest(".ant-select")!.querySelector(".ant-select-selector")!);
  const options = await waitFor(() => {
    const found = Array.from(document.querySelectorAll(".ant-select-item-option")).map((node) => node.textContent);
    if (!found.length) throw new Error("no options yet");
    return found;
  });
  expect(options).toEqual(["Meet (meet)"]);
  // Cleared, it offers to add a join of its kind, named as its join.
  fireEvent.mouseDown(document.body);
  const clear = screen.getByTestId("state-join").closest(".ant-select")!.querySelector(".ant-select-clear")!;
  fireEvent.mouseDown(clear);
  fireEvent.click(clear);
  expect(stateOf("fork").join).toBeNull();
  fireEvent.click(screen.getByTestId("add-join"));
  expect(stateOf("fork").join).toBe("join_1");
  expect(stateOf("join_1")).toMatchObject({ type: "inclusive_join", name: "Inclusive join 2" });
});

test("a parallel split chooses among parallel joins; a join names its split", async () => {
  const { unmount } = renderInDesigner(<StateAt stateKey="par" />, gatewayDoc());
  await choose("state-join", "Par join (par_join)");
  expect(stateOf("par").join).toBe("par_join");
  unmount();
  renderInDesigner(<StateAt stateKey="meet" />, gatewayDoc());
  expect(screen.getByTestId("join-of")).toHaveTextContent("Joins the branches of Fork");
  expect(screen.queryByTestId("state-join")).not.toBeInTheDocument();
});

test("a gateway's join problem shows on the join selector; leftover settings can be cleared", async () => {
  const doc = gatewayDoc();
  doc.states[1] = { ...doc.states[1], can_withdraw: true, scripts: ["notify"] };
  renderInDesigner(<StateAt stateKey="fork" />, doc, {
    problems: [{ path: "states.1.join", code: "improper_nesting", message: "Nested badly." }],
  });
  expect(screen.getAllByText("Nested badly.")).toHaveLength(2);
  fireEvent.click(screen.getByTestId("clear-gateway-settings"));
  expect(stateOf("fork")).toMatchObject({ can_withdraw: false, scripts: [], join: "meet" });
  expect(screen.queryByTestId("clear-gateway-settings")).not.toBeInTheDocument();
});

test("sub-process settings: a published workflow, one per table row, values from fields and row columns", async () => {
  const doc = gatewayDoc();
  doc.transitions.push({ ...doc.transitions[3], key: "bought", source: "hr", target: "meet", kind: "subtickets" });
  renderInDesigner(<StateAt stateKey="hr" />, doc);
  fireEvent.click(screen.getByTestId("subprocess-enabled"));
  expect(stateOf("hr").subprocess).toEqual({ workflow: null, rows: null, count: null, values: {}, continue_on: "all_finished", when_none: "continue" });
  expect(screen.queryByTestId("subprocess-needs-transition")).not.toBeInTheDocument();
  // Only published workflows are offered.
  fireEvent.mouseDown(screen.getByTestId("subprocess-workflow").closest(".ant-select")!.querySelector(".ant-select-selector")!);
  expect(await screen.findByText("Purchase (purchase)")).toBeInTheDocument();
  expect(screen.queryByText("Not yet (unpublished)")).not.toBeInTheDocument();
  fireEvent.click(screen.getByText("Purchase (purchase)"));
  expect(stateOf("hr").subprocess).toMatchObject({ workflow: "purchase", count: 1, rows: null });
  fireEvent.change(screen.getByTestId("subprocess-count"), { target: { value: "3" } });
  expect(stateOf("hr").subprocess!.count).toBe(3);
  fireEvent.click(screen.getByText("One per table row"));
  expect(stateOf("hr").subprocess).toMatchObject({ rows: "items", count: null });

  fireEvent.click(screen.getByTestId("subprocess-add-value"));
  const child = screen.getByTestId("subprocess-value-0-child");
  const input = child.tagName === "INPUT" ? child : child.querySelector("input")!;
  fireEvent.change(input, { target: { value: "item" } });
  expect(stateOf("hr").subprocess!.values).toEqual({});
  await choose("subprocess-value-0-source", "Row: Name (row.name)");
  expect(stateOf("hr").subprocess!.values).toEqual({ item: "row.name" });
  fireEvent.click(screen.getByTestId("subprocess-add-value"));
  const second = screen.getByTestId("subprocess-value-1-child");
  fireEvent.change(second.tagName === "INPUT" ? second : second.querySelector("input")!, { target: { value: "qty" } });
  await choose("subprocess-value-1-source", "Amount (amount)");
  expect(stateOf("hr").subprocess!.values).toEqual({ item: "row.name", qty: "amount" });
  fireEvent.click(screen.getByTestId("subprocess-value-0-remove"));
  expect(stateOf("hr").subprocess!.values).toEqual({ qty: "amount" });

  await choose("subprocess-continue-on", "At the first rejected sub-ticket");
  await choose("subprocess-when-none", "Wait for the first one");
  expect(stateOf("hr").subprocess).toMatchObject({ continue_on: "first_rejection", when_none: "wait" });

  // Without a workflow the handlers file the sub-tickets: rows, count and values go.
  const clear = screen.getByTestId("subprocess-workflow").closest(".ant-select")!.querySelector(".ant-select-clear")!;
  fireEvent.mouseDown(clear);
  fireEvent.click(clear);
  expect(stateOf("hr").subprocess).toEqual({ workflow: null, rows: null, count: null, values: {}, continue_on: "first_rejection", when_none: "wait" });
  fireEvent.click(screen.getByTestId("subprocess-enabled"));
  expect(stateOf("hr").subprocess).toBeNull();
});

test("sub-process settings say when the state has no transition waiting for sub-tickets; problems show on their inputs", () => {
  const doc = gatewayDoc();
  doc.states[3] = { ...doc.states[3], subprocess: { workflow: "purchase", rows: null, count: 2, values: { item: "amount" }, continue_on: "all_finished", when_none: "continue" } };
  renderInDesigner(<StateAt stateKey="hr" />, doc, {
    problems: [{ path: "states.3.subprocess.values.item", code: "incompatible_value", message: "An int does not fit a string." }],
  });
  expect(screen.getByTestId("subprocess-needs-transition")).toBeInTheDocument();
  expect(screen.getByTestId("subprocess-count")).toHaveValue("2");
  expect(screen.getAllByText("An int does not fit a string.")).toHaveLength(2);
});
