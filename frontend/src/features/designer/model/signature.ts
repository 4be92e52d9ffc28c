import type { Doc } from "./types";

/** The document without node positions: what validation depends on (moving a state needs no re-check). */
export function validationSignature(doc: Doc): string {
  return JSON.stringify({ ...doc, states: doc.states.map((state) => ({ ...state, position: null })) });
}
