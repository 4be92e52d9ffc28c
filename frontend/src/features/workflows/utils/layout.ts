// Where to draw each state: the designer's saved positions, or (when some are missing, e.g. an imported
// document) a layered layout from the start state, one column per step.
import type { StateDef, TransitionDef } from "../types";

// Only what the layout reads, so any document-like input (a draft, a test) fits.
type LayoutState = Pick<StateDef, "key" | "type" | "position">;
type LayoutTransition = Pick<TransitionDef, "source" | "target" | "branches">;

export type Point = { x: number; y: number };
export type Direction = "right" | "down";
const COLUMN = 240;
const ROW = 110;

/** Every target a transition can lead to: its default and its branches'. */
export function targetsOf(transition: LayoutTransition): { target: string; branch: boolean }[] {
  return [
    { target: transition.target, branch: false },
    ...(transition.branches ?? []).map((branch) => ({ target: branch.target, branch: true })),
  ];
}

export function statePositions(states: LayoutState[], transitions: LayoutTransition[]): { positions: Record<string, Point>; direction: Direction } {
  if (states.length && states.every((state) => state.position)) {
    const positions = Object.fromEntries(states.map((state) => [state.key, { x: state.position!.x ?? 0, y: state.position!.y ?? 0 }]));
    const xs = Object.values(positions).map((p) => p.x);
    const ys = Object.values(positions).map((p) => p.y);
    // Mostly left-to-right drawings get side handles, top-down ones top/bottom handles.
    const wide = Math.max(...xs) - Math.min(...xs) >= Math.max(...ys) - Math.min(...ys);
    return { positions, direction: wide ? "right" : "down" };
  }
  const next = new Map<string, string[]>();
  for (const transition of transitions) {
    next.set(transition.source, [...(next.get(transition.source) ?? []), ...targetsOf(transition).map((t) => t.target)]);
  }
  const layer = new Map<string, number>();
  const queue = states.filter((state) => state.type === "start").map((state) => state.key);
  queue.forEach((key) => layer.set(key, 0));
  while (queue.length) {
    const key = queue.shift()!;
    for (const target of next.get(key) ?? []) {
      if (!layer.has(target)) {
        layer.set(target, layer.get(key)! + 1);
        queue.push(target);
      }
    }
  }
  // Unreachable states (a draft in progress) go in a column after the rest.
  const last = Math.max(-1, ...layer.values()) + 1;
  const rows = new Map<number, number>();
  const positions: Record<string, Point> = {};
  for (const state of states) {
    const column = layer.get(state.key) ?? last;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    positions[state.key] = { x: column * COLUMN, y: row * ROW };
  }
  return { positions, direction: "right" };
}
