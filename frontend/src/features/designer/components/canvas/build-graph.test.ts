import { locateProblems } from "../../model";
import { gatewayDoc, richDoc } from "../../testing/documents";
import { buildEdges, buildNodes, type Describe } from "./build-graph";
import { edgeCurve } from "./TransitionEdge";

const describe_: Describe = {
  summary: (state) => `who:${state.participant.kind}`,
  badges: (state) => (state.sla ? [{ kind: "sla", tooltip: "sla" }] : []),
  branchLabel: (name, index) => `${name}#${index + 1}`,
};

test("nodes carry the state, selection, summary, badges and problems", () => {
  const doc = richDoc();
  const problems = locateProblems(doc, [{ path: "states.1.participant", code: "x", message: "bad handler" }]);
  const nodes = buildNodes(doc, { kind: "state", key: "review" }, problems, describe_);
  expect(nodes.map((node) => node.id)).toEqual(["start", "review", "done", "rejected"]);
  const review = nodes[1];
  expect(review).toMatchObject({ selected: true, position: { x: 250, y: 0 }, data: { summary: "who:users", problems: ["bad handler"] } });
  expect(review.data.badges).toHaveLength(1);
  expect(nodes[0].selected).toBe(false);
});

test("a transition draws its default edge and one dashed edge per branch; parallel edges bend apart", () => {
  const doc = richDoc();
  const edges = buildEdges(doc, { kind: "transition", key: "approve" }, [], describe_);
  expect(edges.map((edge) => edge.id)).toEqual(["t:submit", "t:approve", "b:approve:0", "b:approve:1", "t:reject"]);
  const byId = Object.fromEntries(edges.map((edge) => [edge.id, edge]));
  expect(byId["b:approve:0"]).toMatchObject({ source: "review", target: "rejected", selected: true, data: { branch: 0, label: "Approve#1" } });
  // approve → done and its branch 1 → done share a pair of states, as do branch 0 and reject.
  expect(byId["t:approve"].data!.offset).toBe(-byId["b:approve:1"].data!.offset);
  expect(byId["t:approve"].data!.offset).not.toBe(0);
  expect(byId["t:submit"].data!.offset).toBe(0);
});

test("an edge whose straight line crosses another state arcs over it", () => {
  const doc = richDoc();
  // start (0,0) → done (500,0) runs through review (250,0).
  doc.transitions.push({ ...doc.transitions[0], key: "skip", target: "done" });
  const edges = buildEdges(doc, null, [], describe_);
  expect(edges.find((edge) => edge.id === "t:skip")!.data!.offset).toBeLessThan(-100);
  expect(edges.find((edge) => edge.id === "t:submit")!.data!.offset).toBe(0);
});

test("labels that would cover one another are moved apart", () => {
  const doc = richDoc();
  // Two transitions review → done besides `approve` and its branch: four labels on one pair.
  doc.transitions.push({ ...doc.transitions[1], key: "again", branches: [] }, { ...doc.transitions[1], key: "more", branches: [] });
  const edges = buildEdges(doc, null, [], describe_).filter((edge) => edge.source === "review" && edge.target === "done");
  const ys = edges.map((edge) => 0.75 * edge.data!.offset).sort((a, b) => a - b);
  for (let i = 1; i < ys.length; i += 1) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(24);
});

test("edges to unknown states are left off the canvas (validation reports them)", () => {
  const doc = richDoc();
  doc.transitions[0] = { ...doc.transitions[0], target: "nowhere" };
  expect(buildEdges(doc, null, [], describe_).map((edge) => edge.id)).not.toContain("t:submit");
});

test("the label sits halfway along the curve; a loop rises above its node", () => {
  expect(edgeCurve(0, 0, 200, 0, 0, false)).toMatchObject({ labelX: 100, labelY: 0 });
  expect(edgeCurve(0, 0, 200, 0, 40, false).labelY).toBe(30);
  expect(edgeCurve(200, 0, 0, 0, 0, true).labelY).toBeLessThan(-50);
});

test("gateway problems highlight their node or edge; an inclusive branch with a condition is marked", () => {
  const doc = gatewayDoc();
  const problems = locateProblems(doc, [
    { path: "states.5", code: "branch_bypasses_join", message: "end on a branch" },
    { path: "states.2", code: "subprocess_in_branch", message: "waits on a branch" },
    { path: "states.1.join", code: "improper_nesting", message: "nesting" },
    { path: "transitions.0.target", code: "enters_branch", message: "enters a branch" },
  ]);
  const nodes = Object.fromEntries(buildNodes(doc, null, problems, describe_).map((node) => [node.id, node.data.problems]));
  expect(nodes).toMatchObject({ done: ["end on a branch"], it: ["waits on a branch"], fork: ["nesting"], hr: [], meet: [] });
  const edges = Object.fromEntries(buildEdges(doc, null, problems, describe_).map((edge) => [edge.id, edge.data!]));
  expect(edges["t:submit"].problems).toEqual(["enters a branch"]);
  expect(edges["t:to_hr"].problems).toEqual([]);
  expect(edges["t:to_it"]).toMatchObject({ kind: "auto", conditional: true });
  expect(edges["t:to_hr"]).toMatchObject({ kind: "auto", conditional: false });
});
