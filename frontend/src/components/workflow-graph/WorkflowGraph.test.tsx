import { render, screen } from "@testing-library/react";
import { layoutStates } from "./layout";
import { WorkflowGraph } from "./WorkflowGraph";

const states = [
  { key: "draft", name: "Draft", type: "start" },
  { key: "review", name: "Leader review", type: "normal" },
  { key: "hr", name: "HR review", type: "normal" },
  { key: "approved", name: "Approved", type: "end" },
  { key: "rejected", name: "Rejected", type: "end" },
];
const transitions = [
  { key: "submit", name: "Submit", source: "draft", target: "review" },
  { key: "approve", name: "Approve", source: "review", target: "approved" },
  { key: "escalate", name: "To HR", source: "review", target: "hr" },
  { key: "reject", name: "Reject", source: "review", target: "rejected" },
  { key: "hr_approve", name: "Approve", source: "hr", target: "approved" },
];

test("every state is a node, the highlighted one marked current and visited ones tinted", () => {
  render(<WorkflowGraph states={states} transitions={transitions} highlight="review" visited={["draft", "review"]} />);
  for (const state of states) expect(screen.getByText(state.name)).toBeInTheDocument();
  expect(screen.getByTestId("graph-node-review")).toHaveAttribute("aria-current", "step");
  expect(screen.getByTestId("graph-node-approved")).not.toHaveAttribute("aria-current");
  expect(screen.getByTestId("graph-node-draft")).toHaveAttribute("data-visited", "true");
  expect(screen.getByTestId("graph-node-hr")).not.toHaveAttribute("data-visited");
  expect(screen.getByTestId("graph-node-draft")).toHaveAttribute("data-state-type", "start");
  expect(screen.getByTestId("graph-node-rejected")).toHaveAttribute("data-state-type", "end");
});

test("without positions, states are laid out in layers from the start state, top-down", () => {
  const { positions, direction } = layoutStates(states, transitions);
  expect(direction).toBe("down");
  expect(positions.get("draft")!.y).toBe(0);
  expect(positions.get("review")!.y).toBeGreaterThan(0);
  // approved, hr and rejected are all one step after review: one layer, side by side.
  const layer = ["approved", "hr", "rejected"].map((key) => positions.get(key)!);
  expect(new Set(layer.map((p) => p.y)).size).toBe(1);
  expect(new Set(layer.map((p) => p.x)).size).toBe(3);
  expect(layer[0]!.y).toBeGreaterThan(positions.get("review")!.y);
});

test("a state the start never reaches still gets a place", () => {
  const { positions } = layoutStates([...states, { key: "orphan", name: "Orphan", type: "normal" }], transitions);
  expect(positions.get("orphan")!.y).toBeGreaterThan(positions.get("approved")!.y);
});

test("the designer's positions are used when every state has one", () => {
  const placed = states.map((state, index) => ({ ...state, position: { x: index * 250, y: 0 } }));
  const { positions, direction } = layoutStates(placed, transitions);
  expect(positions.get("hr")).toEqual({ x: 500, y: 0 });
  expect(direction).toBe("right");
});

test("several states can be highlighted at once (parallel branches)", () => {
  render(<WorkflowGraph states={states} transitions={transitions} highlight={["review", "hr"]} />);
  expect(screen.getByTestId("graph-node-review")).toHaveAttribute("aria-current", "step");
  expect(screen.getByTestId("graph-node-hr")).toHaveAttribute("aria-current", "step");
  expect(screen.getByTestId("graph-node-draft")).not.toHaveAttribute("aria-current");
});
