// Pure edits of a document's transitions.
import { transitionDefaults } from "./gateways";
import { nextKey } from "./keys";
import type { Doc, TransitionDef } from "./types";

export function findTransition(doc: Doc, key: string): TransitionDef | undefined {
  return doc.transitions.find((transition) => transition.key === key);
}

/** A new transition: a handler's button, or `auto` out of a gateway. */
export function newTransition(doc: Doc, source: string, target: string, name: string): TransitionDef {
  return {
    key: nextKey("transition", doc.transitions.map((transition) => transition.key)),
    name,
    source,
    target,
    attribute: "agree",
    confirm_text: "",
    timer_seconds: null,
    branches: [],
    condition: null,
    expression: null,
    scripts: [],
    ...transitionDefaults(doc, source),
  };
}

export function addTransition(doc: Doc, transition: TransitionDef): Doc {
  return { ...doc, transitions: [...doc.transitions, transition] };
}

export function updateTransition(doc: Doc, key: string, patch: Partial<Omit<TransitionDef, "key">>): Doc {
  return {
    ...doc,
    transitions: doc.transitions.map((transition) => (transition.key === key ? { ...transition, ...patch } : transition)),
  };
}

/** Rename a transition's key and the SLA auto-transitions that name it. */
export function renameTransitionKey(doc: Doc, from: string, to: string): Doc {
  if (from === to) return doc;
  return {
    ...doc,
    transitions: doc.transitions.map((transition) => (transition.key === from ? { ...transition, key: to } : transition)),
    states: doc.states.map((state) =>
      state.sla?.transition === from ? { ...state, sla: { ...state.sla, transition: to } } : state,
    ),
  };
}

/** Remove a transition; an SLA that auto-took it is left without one (validation then asks for another). */
export function removeTransition(doc: Doc, key: string): Doc {
  return {
    ...doc,
    transitions: doc.transitions.filter((transition) => transition.key !== key),
    states: doc.states.map((state) =>
      state.sla?.transition === key ? { ...state, sla: { ...state.sla, transition: null } } : state,
    ),
  };
}
