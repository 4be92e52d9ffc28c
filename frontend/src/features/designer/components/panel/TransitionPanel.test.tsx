import { json, serve } from "@/test/fetch-stub";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { useDesigner } from "../../hooks/use-designer";
import { choose } from "../../testing/antd";
import { gatewayDoc, richDoc } from "../../testing/documents";
import { harness, renderInDesigner } from "../../testing/render";
import { TransitionPanel } from "./TransitionPanel";

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => serve(() => json([])));

/** The panel of the `approve` transition, as the designer's document has it now. */
function Approve({ index = 1 }: { index?: number }) {
  const { doc } = useDesigner();
  const transition = doc.transitions[index];
  return <TransitionPanel key={transition.key} transition={transition} />;
}
const approve = () => harness.doc!.transitions[1];

test("name, target, kind and timer", async () => {
  renderInDesigner(<Approve />, richDoc());
  fireEvent.change(screen.getByTestId("transition-name"), { target: { value: "OK" } });
  expect(approve().name).toBe("OK");
  await choose("transition-target", "Rejected (rejected)");
  expect(approve().target).toBe("rejected");
  await choose("transition-kind", "After a time");
  expect(approve()).toMatchObject({ kind: "timer", timer_seconds: 86400 });
  fireEvent.change(screen.getByTestId("transition-timer"), { target: { value: "2" } });
  expect(approve().timer_seconds).toBe(2 * 86400);
  await choose("transition-kind", "By a handler");
  expect(approve()).toMatchObject({ kind: "manual", timer_seconds: null });
});

test("a structured branch shows as rows; switching to the expression prints it, and back parses it", async () => {
  renderInDesigner(<Approve />, richDoc());
  expect(screen.getByTestId("branch-0-condition-row-0-0")).toBeInTheDocument();
  fireEvent.click(screen.getAllByText("Expression")[0]);
  expect(approve().branches[0]).toEqual({ condition: null, expression: "amount > 100", target: "rejected" });
  const text = screen.getByTestId("branch-0-expression");
  fireEvent.change(text, { target: { value: "amount >= 5 or title is empty" } });
  fireEvent.click(screen.getAllByText("Builder")[0]);
  expect(approve().branches[0].condition).toEqual({
    groups: [[{ field: "amount", op: "gte", value: 5 }], [{ field: "title", op: "is_empty", value: null }]],
  });
  expect(screen.getByTestId("branch-0-condition-group-1")).toBeInTheDocument();
});

test("an expression that does not parse is only discarded after asking", async () => {
  renderInDesigner(<Approve />, richDoc());
  fireEvent.change(screen.getByTestId("branch-1-expression"), { target: { value: "amount = 3" } });
  fireEvent.click(screen.getAllByText("Builder")[1]);
  expect(await screen.findByText(/unknown operator '='/)).toBeInTheDocument();
  expect(approve().branches[1].expression).toBe("amount = 3");
  fireEvent.click(screen.getByText("Discard expression"));
  await waitFor(() => expect(approve().branches[1]).toMatchObject({ expression: null, condition: { groups: [[{ field: "title", op: "eq", value: null }]] } }));
});

test("building a condition: field, operator (only those the type allows) and a typed value", async () => {
  renderInDesigner(<Approve />, richDoc());
  fireEvent.click(screen.getByTestId("add-branch"));
  expect(approve().branches).toHaveLength(3);
  const row = "branch-2-condition-row-0-0";
  await choose(`${row}-field`, "Amount");
  await choose(`${row}-op`, "at least");
  fireEvent.change(screen.getByTestId(`${row}-value`), { target: { value: "10" } });
  expect(approve().branches[2].condition).toEqual({ groups: [[{ field: "amount", op: "gte", value: 10 }]] });
  fireEvent.click(screen.getByTestId("branch-2-condition-add-row-0"));
  expect(approve().branches[2].condition!.groups[0]).toHaveLength(2);
  fireEvent.click(screen.getByTestId("branch-2-condition-add-group"));
  expect(approve().branches[2].condition!.groups).toHaveLength(2);
  fireEvent.click(screen.getByTestId("branch-2-remove"));
  expect(approve().branches).toHaveLength(2);
});

test("problems of a branch show on it", () => {
  renderInDesigner(<Approve />, richDoc(), {
    problems: [{ path: "transitions.1.branches.1.expression", code: "condition_syntax", message: "The expression does not parse" }],
  });
  expect(screen.getAllByText("The expression does not parse").length).toBeGreaterThanOrEqual(2);
});

/** The panel of the transition with this key, as the designer's document has it now. */
function TransitionAt({ transitionKey }: { transitionKey: string }) {
  const { doc } = useDesigner();
  const transition = doc.transitions.find((item) => item.key === transitionKey)!;
  return <TransitionPanel key={transition.key} transition={transition} />;
}
const transitionOf = (key: string) => harness.doc!.transitions.find((transition) => transition.key === key)!;

test("a branch out of a gateway is auto: no button settings; out of an inclusive split it edits its condition", async () => {
  renderInDesigner(<TransitionAt transitionKey="to_it" />, gatewayDoc());
  expect(screen.getByTestId("transition-auto")).toHaveTextContent("By the engine (out of a gateway)");
  for (const hidden of ["transition-attribute", "transition-kind", "transition-check-required", "transition-confirm-text", "branches"]) {
    expect(screen.queryByTestId(hidden)).not.toBeInTheDocument();
  }
  expect(screen.getByText("Label")).toBeInTheDocument();
  // The expression it has, turned into rows and back; "Always" drops the condition.
  expect(screen.getByTestId("start-condition-expression")).toHaveValue("amount > 10");
  fireEvent.click(screen.getByText("Builder"));
  expect(transitionOf("to_it")).toMatchObject({ expression: null, condition: { groups: [[{ field: "amount", op: "gt", value: 10 }]] } });
  await choose("start-condition-condition-row-0-0-op", "at least");
  expect(transitionOf("to_it").condition).toEqual({ groups: [[{ field: "amount", op: "gte", value: 10 }]] });
  fireEvent.click(screen.getByText("Always"));
  expect(transitionOf("to_it")).toMatchObject({ condition: null, expression: null });
  fireEvent.click(screen.getByText("Expression"));
  fireEvent.change(screen.getByTestId("start-condition-expression"), { target: { value: "amount < 5" } });
  expect(transitionOf("to_it")).toMatchObject({ condition: null, expression: "amount < 5" });
});

test("a condition problem shows on the condition; a parallel split's branch has none", async () => {
  renderInDesigner(<TransitionAt transitionKey="to_it" />, gatewayDoc(), {
    problems: [{ path: "transitions.1.expression", code: "condition_syntax", message: "Does not parse." }],
  });
  expect(screen.getAllByText("Does not parse.").length).toBeGreaterThanOrEqual(2);
  // Moved onto the parallel split, the branch keeps no condition; onto a step it becomes a button.
  await choose("transition-source", "Par (par)");
  expect(transitionOf("to_it")).toMatchObject({ source: "par", kind: "auto", condition: null, expression: null });
  expect(screen.queryByTestId("start-condition-mode")).not.toBeInTheDocument();
  await choose("transition-source", "IT (it)");
  expect(transitionOf("to_it")).toMatchObject({ source: "it", kind: "manual", check_required_fields: true });
  expect(screen.getByTestId("transition-attribute")).toBeInTheDocument();
});

test("a gateway transition that is not auto (an imported document) can be made auto; a stray condition removed", () => {
  const doc = gatewayDoc();
  doc.transitions[5] = { ...doc.transitions[5], kind: "manual", expression: "amount > 1" };
  renderInDesigner(<TransitionAt transitionKey="finish" />, doc);
  fireEvent.click(screen.getByTestId("transition-make-auto"));
  expect(transitionOf("finish").kind).toBe("auto");
  fireEvent.click(screen.getByTestId("transition-drop-condition"));
  expect(transitionOf("finish")).toMatchObject({ condition: null, expression: null });
});
