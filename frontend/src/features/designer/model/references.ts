// What else in a document mentions an element: shown before deleting it.
import { branchMentions } from "./conditions/rename";
import type { Doc } from "./types";

export interface StateReferences {
  transitions: string[];
  branches: string[];
  /** Splits that name the state as their join. */
  splits: string[];
  notifications: number;
}

export function stateReferences(doc: Doc, key: string): StateReferences {
  return {
    transitions: doc.transitions.filter((t) => t.source === key || t.target === key).map((t) => t.key),
    branches: doc.transitions
      .filter((t) => t.source !== key && t.target !== key && t.branches.some((branch) => branch.target === key))
      .map((t) => t.key),
    splits: doc.states.filter((state) => state.join === key).map((state) => state.key),
    notifications: doc.notifications.filter((rule) => rule.states.includes(key)).length,
  };
}

export function transitionReferences(doc: Doc, key: string): { slas: string[] } {
  return { slas: doc.states.filter((state) => state.sla?.transition === key).map((state) => state.key) };
}

export interface FieldReferences {
  permissions: string[];
  conditions: string[];
  participants: string[];
  title: boolean;
}

export function fieldReferences(doc: Doc, key: string): FieldReferences {
  return {
    permissions: doc.states.filter((state) => key in state.field_permissions).map((state) => state.key),
    conditions: doc.transitions
      .filter((transition) => transition.branches.some((branch) => branchMentions(branch, key)))
      .map((transition) => transition.key),
    participants: doc.states
      .filter((state) => state.participant.kind === "field" && state.participant.field === key)
      .map((state) => state.key),
    title: doc.title_template.includes(`{${key}}`),
  };
}

export function isReferenced(references: object): boolean {
  return Object.values(references).some((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value)));
}
