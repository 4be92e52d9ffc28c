// The canvas's nodes and edges, derived from the document, the selection and the problems.
import { MarkerType } from "@xyflow/react";
import { type Doc, type LocatedProblem, type Selection, type StateDef, problemsOf } from "../../model";
import type { NodeBadge, StateNodeType, TransitionEdgeType } from "./types";

export interface Describe {
  /** Who handles the state, in a few words (for a gateway: its join, or its split). */
  summary: (state: StateDef, doc: Doc) => string;
  badges: (state: StateDef, doc: Doc) => NodeBadge[];
  /** The label of a branch edge ("if …"). */
  branchLabel: (transitionName: string, index: number) => string;
}

const PARALLEL_GAP = 46;
// The size a state node takes on the canvas (designer.css), for routing edges around nodes.
export const NODE_WIDTH = 176;
const NODE_HEIGHT = 80;
/** How far an edge bends to pass over the states between its ends. */
const DETOUR = -120;

type Point = { x: number; y: number };

/** Does the straight line from a's out-handle to b's in-handle cross another state? */
function crossesStates(doc: Doc, source: string, target: string): boolean {
  const at = (key: string) => doc.states.find((state) => state.key === key)?.position ?? null;
  const from = at(source);
  const to = at(target);
  if (!from || !to) return false;
  const start: Point = { x: from.x + NODE_WIDTH, y: from.y + NODE_HEIGHT / 2 };
  const end: Point = { x: to.x, y: to.y + NODE_HEIGHT / 2 };
  return doc.states.some((state) => {
    if (state.key === source || state.key === target || !state.position) return false;
    const { x, y } = state.position;
    for (let step = 1; step < 24; step += 1) {
      const px = start.x + ((end.x - start.x) * step) / 24;
      const py = start.y + ((end.y - start.y) * step) / 24;
      if (px > x - 8 && px < x + NODE_WIDTH + 8 && py > y - 4 && py < y + NODE_HEIGHT + 4) return true;
    }
    return false;
  });
}

export function buildNodes(doc: Doc, selection: Selection, problems: LocatedProblem[], describe: Describe): StateNodeType[] {
  return doc.states.map((state) => ({
    id: state.key,
    type: "state",
    position: state.position ?? { x: 0, y: 0 },
    selected: selection?.kind === "state" && selection.key === state.key,
    data: {
      state,
      summary: describe.summary(state, doc),
      badges: describe.badges(state, doc),
      problems: problemsOf(problems, "state", state.key).map((problem) => problem.message),
    },
  }));
}

export function buildEdges(doc: Doc, selection: Selection, problems: LocatedProblem[], describe: Describe): TransitionEdgeType[] {
  const stateKeys = new Set(doc.states.map((state) => state.key));
  const drawn: Omit<TransitionEdgeType, "data">[] = [];
  const data: TransitionEdgeType["data"][] = [];
  for (const transition of doc.transitions) {
    if (!stateKeys.has(transition.source)) continue;
    const selected = selection?.kind === "transition" && selection.key === transition.key;
    const messages = problemsOf(problems, "transition", transition.key).map((problem) => problem.message);
    const targets: { target: string; branch: number | null }[] = [
      { target: transition.target, branch: null },
      ...transition.branches.map((branch, index) => ({ target: branch.target, branch: index })),
    ];
    for (const { target, branch } of targets) {
      if (!stateKeys.has(target)) continue;
      drawn.push({
        id: branch === null ? `t:${transition.key}` : `b:${transition.key}:${branch}`,
        type: "transition",
        source: transition.source,
        target,
        selected,
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: messages.length ? "#ff4d4f" : selected ? "#1677ff" : "#595959" },
      });
      data.push({
        transitionKey: transition.key,
        label: branch === null ? transition.name || transition.key : describe.branchLabel(transition.name || transition.key, branch),
        kind: transition.kind,
        branch,
        conditional: branch === null && (transition.condition !== null || Boolean(transition.expression?.trim())),
        problems: branch === null ? messages : [],
        offset: 0,
        loop: transition.source === target,
      });
    }
  }
  // Edges between the same two states bend apart, evenly around the straight line; an edge whose
  // straight line would run through other states arcs over them.
  const pairs = new Map<string, number[]>();
  drawn.forEach((edge, index) => {
    const pair = `${edge.source}→${edge.target}`;
    pairs.set(pair, [...(pairs.get(pair) ?? []), index]);
  });
  for (const indexes of pairs.values()) {
    const first = drawn[indexes[0]];
    const detour = first.source !== first.target && crossesStates(doc, first.source, first.target) ? DETOUR : 0;
    indexes.forEach((index, position) => {
      data[index]!.offset = detour + (position - (indexes.length - 1) / 2) * PARALLEL_GAP;
    });
  }
  separateLabels(doc, drawn, data);
  return drawn.map((edge, index) => ({ ...edge, data: data[index] }));
}

const LABEL_HEIGHT = 24;
const NUDGES = [0, -40, 40, -80, 80, -120, 120];

/** Where an edge's label lands (the middle of its curve), from the states' positions. */
function labelCentre(doc: Doc, source: string, target: string, offset: number, loop: boolean): Point | null {
  const from = doc.states.find((state) => state.key === source)?.position;
  const to = doc.states.find((state) => state.key === target)?.position;
  if (!from || !to) return null;
  const sy = from.y + NODE_HEIGHT / 2;
  const ty = to.y + NODE_HEIGHT / 2;
  if (loop) return { x: from.x + NODE_WIDTH / 2, y: sy - 0.75 * (90 + Math.abs(offset)) };
  return { x: (from.x + NODE_WIDTH + to.x) / 2, y: (sy + ty) / 2 + 0.75 * offset };
}

/** Bend edges a little further where their labels would cover one another (labels must stay clickable). */
function separateLabels(doc: Doc, drawn: Omit<TransitionEdgeType, "data">[], data: TransitionEdgeType["data"][]): void {
  const placed: { x: number; y: number; width: number }[] = [];
  drawn.forEach((edge, index) => {
    const item = data[index]!;
    const width = Math.min(180, item.label.length * 7 + 34);
    const base = item.offset;
    for (const nudge of NUDGES) {
      const centre = labelCentre(doc, edge.source, edge.target, base + nudge, item.loop);
      if (!centre) return;
      const clash = placed.some((other) => Math.abs(other.x - centre.x) < (other.width + width) / 2 && Math.abs(other.y - centre.y) < LABEL_HEIGHT);
      if (!clash || nudge === NUDGES[NUDGES.length - 1]) {
        item.offset = base + nudge;
        placed.push({ ...centre, width });
        return;
      }
    }
  });
}
