// What every designer panel needs: the document, the selection, the problems and how to change them.
import { createContext, useContext } from "react";
import type { Doc, KeyProblem, LocatedProblem, Selection } from "../model";
import type { DesignerAction } from "./designer-reducer";

/** The element a key box edits the key of: a state, transition or field, or (`rest`) a column of a field. */
export interface KeyOwner {
  kind: "state" | "transition" | "field";
  key: string;
  /** The key's path inside the element: "key", or "columns.2.key" for a table's column. */
  rest?: string;
}

/** A key typed into a key box that cannot be committed (taken, or not a key). */
export interface KeyDraft {
  value: string;
  problem: Exclude<KeyProblem, null>;
}

export interface KeyDrafts {
  get: (id: string) => string | undefined;
  set: (owner: KeyOwner, draft: KeyDraft | null) => void;
}

export const keyDraftId = (owner: KeyOwner) => `${owner.kind}:${owner.key}:${owner.rest ?? "key"}`;

export interface DesignerContextValue {
  doc: Doc;
  selection: Selection;
  dispatch: (action: DesignerAction) => void;
  /** The latest publishing problems (errors), tied to the elements they are about. */
  problems: LocatedProblem[];
  /** What may go wrong at run time without blocking publishing (participants that may be nobody). */
  warnings?: LocatedProblem[];
  /** Keys typed but not committed (their problems are in `problems`). */
  keyDrafts?: KeyDrafts;
  /** Select an element (and show the tab it lives on). */
  select: (selection: Selection) => void;
  /** Delete an element, after a confirmation when other parts of the document refer to it. */
  remove: (selection: Selection) => void;
}

export const DesignerContext = createContext<DesignerContextValue | null>(null);

export function useDesigner(): DesignerContextValue {
  const value = useContext(DesignerContext);
  if (!value) throw new Error("useDesigner() outside the designer");
  return value;
}
