import { json, requests, serve } from "@/test/fetch-stub";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { choose } from "../../testing/antd";
import { richDoc } from "../../testing/documents";
import { harness, renderInDesigner } from "../../testing/render";
import { useDesigner } from "../../hooks/use-designer";
import { StatePanel } from "./StatePanel";

vi.setConfig({ testTimeout: 30_000 });

const USERS = [
  { id: 1, username: "lead", display_name: "Lena Lead" },
  { id: 2, username: "carol", display_name: "Carol" },
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
