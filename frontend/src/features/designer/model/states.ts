// Pure edits of a document's states. Every function returns a new document (inputs stay untouched).
import { COLUMN_WIDTH } from "./normalize";
import { emptyParticipant } from "./normalize";
import { JOIN_OF_SPLIT, joinPosition, keyPrefix } from "./gateways";
import { nextKey } from "./keys";
import type { Doc, Position, StateDef, StateType } from "./types";

export function findState(doc: Doc, key: string): StateDef | undefined {
  return doc.states.find((state) => state.key === key);
}

/** Where a state added without a position goes: right of the rightmost state, on its row. */
export function nextStatePosition(doc: Doc): Position {
  const placed = doc.states.filter((state) => state.position);
  if (!placed.length) return { x: 0, y: 0 };
  const rightmost = placed.reduce((best, state) => (state.position!.x > best.position!.x ? state : best));
  return { x: rightmost.position!.x + COLUMN_WIDTH, y: rightmost.position!.y };
}

export function newState(doc: Doc, type: StateType, name: string, position?: Position): StateDef {
  return {
    key: nextKey(keyPrefix(type), doc.states.map((state) => state.key)),
    name,
    type,
    join: null,
    participant: emptyParticipant(),
    distribution: { kind: "any", countersign: null },
    field_permissions: {},
    can_withdraw: false,
    reuse_last_handler: false,
    sla: null,
    scripts: [],
    subprocess: null,
    position: position ?? nextStatePosition(doc),
  };
}

export function addState(doc: Doc, state: StateDef): Doc {
  return { ...doc, states: [...doc.states, state] };
}

export function updateState(doc: Doc, key: string, patch: Partial<Omit<StateDef, "key">>): Doc {
  return { ...doc, states: doc.states.map((state) => (state.key === key ? { ...state, ...patch } : state)) };
}

export function moveState(doc: Doc, key: string, position: Position): Doc {
  return updateState(doc, key, { position: { x: Math.round(position.x), y: Math.round(position.y) } });
}

/** Add the join a split needs (of its kind, right of it) and name it as the split's join. */
export function addJoinFor(doc: Doc, splitKey: string, name: string): Doc {
  const split = findState(doc, splitKey);
  const kind = split && JOIN_OF_SPLIT[split.type];
  if (!split || !kind) return doc;
  const join = newState(doc, kind, name, joinPosition(split));
  return updateState(addState(doc, join), splitKey, { join: join.key });
}

/** Rename a state's key and every reference to it (transitions, branches, splits' joins, notification rules). */
export function renameStateKey(doc: Doc, from: string, to: string): Doc {
  if (from === to) return doc;
  const swap = (key: string) => (key === from ? to : key);
  return {
    ...doc,
    states: doc.states.map((state) => ({
      ...state,
      key: swap(state.key),
      join: state.join === null ? null : swap(state.join),
    })),
    transitions: doc.transitions.map((transition) => ({
      ...transition,
      source: swap(transition.source),
      target: swap(transition.target),
      branches: transition.branches.map((branch) => ({ ...branch, target: swap(branch.target) })),
    })),
    notifications: doc.notifications.map((rule) => ({ ...rule, states: rule.states.map(swap) })),
  };
}

/** Remove a state with the transitions into and out of it, the branches leading to it and its mentions
 *  (a split that named it as its join names none). */
export function removeState(doc: Doc, key: string): Doc {
  const removed = new Set(
    doc.transitions
      .filter((transition) => transition.source === key || transition.target === key)
      .map((transition) => transition.key),
  );
  return {
    ...doc,
    states: doc.states
      .filter((state) => state.key !== key)
      .map((state) => (state.join === key ? { ...state, join: null } : state))
      .map((state) =>
        state.sla?.transition && removed.has(state.sla.transition) ? { ...state, sla: { ...state.sla, transition: null } } : state,
      ),
    transitions: doc.transitions
      .filter((transition) => !removed.has(transition.key))
      .map((transition) => ({
        ...transition,
        branches: transition.branches.filter((branch) => branch.target !== key),
      })),
    notifications: doc.notifications.map((rule) => ({ ...rule, states: rule.states.filter((state) => state !== key) })),
  };
}

/** The box a state node takes on the canvas (designer.css), with the gap kept around new states. */
export const NODE_BOX = { width: 176, height: 80, gap: 24 };

/** A rectangle of the canvas, in flow coordinates. */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(doc: Doc, at: Position): boolean {
  const { width, height, gap } = NODE_BOX;
  return doc.states.some(
    ({ position }) =>
      position !== null && Math.abs(position.x - at.x) < width + gap && Math.abs(position.y - at.y) < height + gap,
  );
}

function inside(view: ViewRect, at: Position): boolean {
  return at.x >= view.x && at.y >= view.y && at.x + NODE_BOX.width <= view.x + view.width && at.y + NODE_BOX.height <= view.y + view.height;
}

/** Free spots around `centre`, nearest first: rings of a grid a node and a gap wide. */
function around(centre: Position, rings: number): Position[] {
  const stepX = NODE_BOX.width + NODE_BOX.gap;
  const stepY = NODE_BOX.height + NODE_BOX.gap;
  const spots: Position[] = [];
  for (let ring = 0; ring <= rings; ring += 1) {
    for (let dy = -ring; dy <= ring; dy += 1) {
      for (let dx = -ring; dx <= ring; dx += 1) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        spots.push({ x: Math.round(centre.x + dx * stepX), y: Math.round(centre.y + dy * stepY) });
      }
    }
  }
  return spots;
}

/**
 * Where a state added from the palette goes: next to `anchor` (the selected state: right of it,
 * then below, above, left) when that spot is free and in view; otherwise the free spot nearest the
 * middle of `view` (what the canvas shows). Never on top of another state. Without a view (no
 * canvas measured yet) it goes right of the rightmost state.
 */
export function placeNewState(doc: Doc, anchor: Position | null, view: ViewRect | null): Position {
  if (!view) return nextStatePosition(doc);
  if (anchor) {
    const next: Position[] = [
      { x: anchor.x + COLUMN_WIDTH, y: anchor.y },
      { x: anchor.x, y: anchor.y + NODE_BOX.height + NODE_BOX.gap * 2 },
      { x: anchor.x, y: anchor.y - NODE_BOX.height - NODE_BOX.gap * 2 },
      { x: anchor.x - COLUMN_WIDTH, y: anchor.y },
      { x: anchor.x + COLUMN_WIDTH, y: anchor.y + NODE_BOX.height + NODE_BOX.gap * 2 },
      { x: anchor.x + COLUMN_WIDTH, y: anchor.y - NODE_BOX.height - NODE_BOX.gap * 2 },
    ];
    const spot = next.find((at) => inside(view, at) && !overlaps(doc, at));
    if (spot) return spot;
  }
  const centre = { x: view.x + view.width / 2 - NODE_BOX.width / 2, y: view.y + view.height / 2 - NODE_BOX.height / 2 };
  const spots = around(centre, 8);
  return spots.find((at) => inside(view, at) && !overlaps(doc, at)) ?? spots.find((at) => !overlaps(doc, at)) ?? centre;
}
