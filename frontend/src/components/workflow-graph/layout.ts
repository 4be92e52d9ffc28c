// Where each state goes: the designer's positions when every state has one, else a layered top-down
// layout (breadth-first from the start state; states it never reaches go in a last layer).

export type GraphState = { key: string; name: string; type: string; position?: { x: number; y: number } | null };
export type GraphTransition = { key: string; name: string; source: string; target: string };
export type Direction = "down" | "right";
export type Layout = { positions: Map<string, { x: number; y: number }>; direction: Direction };

export const NODE_WIDTH = 160;
const LAYER_GAP = 110;
const COLUMN_GAP = 200;

export function layoutStates(states: GraphState[], transitions: GraphTransition[]): Layout {
  if (states.length > 0 && states.every((state) => state.position)) {
    const positions = new Map(states.map((state) => [state.key, { x: state.position!.x, y: state.position!.y }]));
    const xs = states.map((state) => state.position!.x);
    const ys = states.map((state) => state.position!.y);
    const wide = Math.max(...xs) - Math.min(...xs) >= Math.max(...ys) - Math.min(...ys);
    return { positions, direction: wide ? "right" : "down" };
  }
  const keys = new Set(states.map((state) => state.key));
  const next = new Map<string, string[]>();
  for (const transition of transitions) {
    if (keys.has(transition.source) && keys.has(transition.target)) {
      next.set(transition.source, [...(next.get(transition.source) ?? []), transition.target]);
    }
  }
  const start = states.find((state) => state.type === "start") ?? states[0];
  const depth = new Map<string, number>();
  const queue = start ? [start.key] : [];
  if (start) depth.set(start.key, 0);
  while (queue.length) {
    const key = queue.shift()!;
    for (const target of next.get(key) ?? []) {
      if (!depth.has(target)) {
        depth.set(target, depth.get(key)! + 1);
        queue.push(target);
      }
    }
  }
  const last = Math.max(-1, ...depth.values()) + 1;
  const layers: string[][] = [];
  for (const state of states) {
    const layer = depth.get(state.key) ?? last;
    (layers[layer] ??= []).push(state.key);
  }
  const positions = new Map<string, { x: number; y: number }>();
  layers.forEach((layer, index) => {
    layer.forEach((key, at) => positions.set(key, { x: (at - (layer.length - 1) / 2) * COLUMN_GAP, y: index * LAYER_GAP }));
  });
  return { positions, direction: "down" };
}
