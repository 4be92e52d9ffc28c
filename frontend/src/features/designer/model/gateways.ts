// Gateways: parallel and inclusive splits, each naming the join where its branches meet again
// (docs/workflows.md, "Gateways"). The engine passes a gateway at once, so the transitions out of
// one are `auto` and it takes no handlers, fields, SLA, scripts or withdrawal.
import { COLUMN_WIDTH, emptyParticipant } from "./normalize";
import type { Doc, StateDef, StateType, TransitionDef, TransitionKind } from "./types";

export const GATEWAY_TYPES: StateType[] = ["parallel_split", "parallel_join", "inclusive_split", "inclusive_join"];
export const SPLIT_TYPES: StateType[] = ["parallel_split", "inclusive_split"];
export const JOIN_TYPES: StateType[] = ["parallel_join", "inclusive_join"];
/** The kind of join each kind of split needs. */
export const JOIN_OF_SPLIT: Partial<Record<StateType, StateType>> = {
  parallel_split: "parallel_join",
  inclusive_split: "inclusive_join",
};

export const isGateway = (type: StateType | undefined): boolean => type !== undefined && GATEWAY_TYPES.includes(type);
export const isSplit = (type: StateType | undefined): boolean => type !== undefined && SPLIT_TYPES.includes(type);
export const isJoin = (type: StateType | undefined): boolean => type !== undefined && JOIN_TYPES.includes(type);

/** The prefix of generated keys: `split_1`, `join_1`, `state_1`. */
export function keyPrefix(type: StateType): string {
  if (isSplit(type)) return "split";
  if (isJoin(type)) return "join";
  return "state";
}

function stateType(doc: Doc, key: string): StateType | undefined {
  return doc.states.find((state) => state.key === key)?.type;
}

/** Is the transition out of a gateway (so taken by the engine: `auto`)? */
export function fromGateway(doc: Doc, transition: Pick<TransitionDef, "source">): boolean {
  return isGateway(stateType(doc, transition.source));
}

/** Is the transition a branch of an inclusive split (so it may carry a condition)? */
export function fromInclusiveSplit(doc: Doc, transition: Pick<TransitionDef, "source">): boolean {
  return stateType(doc, transition.source) === "inclusive_split";
}

/** The joins a split may name: those of its kind. */
export function joinCandidates(doc: Doc, split: StateDef): StateDef[] {
  const kind = JOIN_OF_SPLIT[split.type];
  return kind ? doc.states.filter((state) => state.type === kind) : [];
}

/** The splits that name this join (one when the document is right). */
export function splitsOf(doc: Doc, join: string): StateDef[] {
  return doc.states.filter((state) => isSplit(state.type) && state.join === join);
}

/** What a new transition out of `source` starts as: `auto` out of a gateway, else a handler's button. */
export function transitionDefaults(doc: Doc, source: string): Pick<TransitionDef, "kind" | "check_required_fields"> {
  return isGateway(stateType(doc, source)) ? { kind: "auto", check_required_fields: false } : { kind: "manual", check_required_fields: true };
}

/**
 * The patch that moves a transition to another source: out of a gateway it becomes `auto`; leaving a
 * gateway it becomes a handler's button again; only a branch of an inclusive split keeps a condition.
 */
export function sourcePatch(doc: Doc, transition: TransitionDef, source: string): Partial<TransitionDef> {
  const patch: Partial<TransitionDef> = { source };
  const gateway = isGateway(stateType(doc, source));
  if (gateway && transition.kind !== "auto") Object.assign(patch, { kind: "auto" as TransitionKind, timer_seconds: null, check_required_fields: false });
  if (!gateway && transition.kind === "auto") Object.assign(patch, { kind: "manual" as TransitionKind, check_required_fields: true });
  if (stateType(doc, source) !== "inclusive_split") Object.assign(patch, { condition: null, expression: null });
  return patch;
}

/** Where a split's new join goes: two columns right of the split, on its row. */
export function joinPosition(split: StateDef): { x: number; y: number } {
  const at = split.position ?? { x: 0, y: 0 };
  return { x: at.x + 2 * COLUMN_WIDTH, y: at.y };
}

/** What a gateway leaves unset (publishing refuses the rest: `gateway_settings`). */
export function gatewayCleared(): Partial<StateDef> {
  return {
    participant: emptyParticipant(),
    distribution: { kind: "any", countersign: null },
    field_permissions: {},
    sla: null,
    scripts: [],
    can_withdraw: false,
    reuse_last_handler: false,
    subprocess: null,
  };
}

/** Does a gateway hold settings it does not take (an imported document, a state that was a step)? */
export function hasGatewayLeftovers(state: StateDef): boolean {
  return (
    state.participant.kind !== "none" ||
    state.distribution.kind !== "any" ||
    Object.keys(state.field_permissions).length > 0 ||
    state.sla !== null ||
    state.scripts.length > 0 ||
    state.can_withdraw ||
    state.reuse_last_handler ||
    state.subprocess !== null
  );
}
