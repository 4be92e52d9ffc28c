// The designer's one source of truth: the document being edited, what is selected, and whether
// the document changed since it was last loaded or saved. Every edit goes through the pure
// functions of ../model, so the reducer itself only routes actions and keeps the selection right.
import {
  addField,
  addJoinFor,
  arrangeStates,
  addState,
  addTransition,
  moveField,
  moveState,
  newField,
  newState,
  newTransition,
  removeField,
  removeState,
  removeTransition,
  renameFieldKey,
  renameStateKey,
  renameTransitionKey,
  setPermission,
  updateField,
  updateState,
  updateTransition,
} from "../model";
import type {
  Doc,
  FieldDef,
  FieldPermission,
  FieldType,
  Position,
  Selection,
  StateDef,
  StateType,
  TransitionDef,
} from "../model";

export interface DesignerState {
  doc: Doc;
  selection: Selection;
  /** Bumped by every change of the document. */
  revision: number;
  /** The revision that matches the server's draft (loaded or last saved). */
  savedRevision: number;
}

export type DesignerAction =
  | { type: "load"; doc: Doc }
  | { type: "saved"; revision: number }
  | { type: "select"; selection: Selection }
  /** `joinName`: a split gets its join (of its kind) added and named with it. */
  | { type: "addState"; stateType: StateType; name: string; position?: Position; joinName?: string }
  | { type: "addJoin"; split: string; name: string }
  | { type: "updateState"; key: string; patch: Partial<Omit<StateDef, "key">> }
  | { type: "renameState"; from: string; to: string }
  | { type: "moveState"; key: string; position: Position }
  | { type: "arrange" }
  | { type: "removeState"; key: string }
  | { type: "connect"; source: string; target: string; name: string; patch?: Partial<Omit<TransitionDef, "key">> }
  | { type: "updateTransition"; key: string; patch: Partial<Omit<TransitionDef, "key">> }
  | { type: "renameTransition"; from: string; to: string }
  | { type: "removeTransition"; key: string }
  | { type: "addField"; fieldType: FieldType; label: string }
  | { type: "updateField"; key: string; patch: Partial<Omit<FieldDef, "key">> }
  | { type: "renameField"; from: string; to: string }
  | { type: "moveField"; key: string; delta: number }
  | { type: "removeField"; key: string }
  | { type: "setPermission"; state: string; field: string; permission: FieldPermission | null }
  | { type: "updateDocument"; patch: Partial<Omit<Doc, "states" | "transitions" | "fields">> };

export function initialDesignerState(doc: Doc): DesignerState {
  return { doc, selection: null, revision: 0, savedRevision: 0 };
}

function renamed(selection: Selection, kind: "state" | "transition" | "field", from: string, to: string): Selection {
  return selection?.kind === kind && selection.key === from ? { kind, key: to } : selection;
}

function removed(selection: Selection, kind: "state" | "transition" | "field", key: string, doc: Doc): Selection {
  if (!selection) return null;
  if (selection.kind === kind && selection.key === key) return null;
  // Removing a state also removes its transitions: drop a selection that no longer exists.
  if (selection.kind === "transition" && !doc.transitions.some((t) => t.key === selection.key)) return null;
  return selection;
}

/** The next state after an edit of the document (and selection). */
function edit(state: DesignerState, doc: Doc, selection: Selection = state.selection): DesignerState {
  if (doc === state.doc && selection === state.selection) return state;
  return { ...state, doc, selection, revision: doc === state.doc ? state.revision : state.revision + 1 };
}

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  const { doc, selection } = state;
  switch (action.type) {
    case "load":
      return { doc: action.doc, selection: null, revision: state.revision + 1, savedRevision: state.revision + 1 };
    case "saved":
      return { ...state, savedRevision: action.revision };
    case "select":
      return { ...state, selection: action.selection };
    case "addState": {
      const created = newState(doc, action.stateType, action.name, action.position);
      const added = addState(doc, created);
      const next = action.joinName === undefined ? added : addJoinFor(added, created.key, action.joinName);
      return edit(state, next, { kind: "state", key: created.key });
    }
    case "addJoin":
      return edit(state, addJoinFor(doc, action.split, action.name));
    case "updateState":
      return edit(state, updateState(doc, action.key, action.patch));
    case "renameState":
      return edit(state, renameStateKey(doc, action.from, action.to), renamed(selection, "state", action.from, action.to));
    case "moveState":
      return edit(state, moveState(doc, action.key, action.position));
    case "arrange":
      return edit(state, arrangeStates(doc));
    case "removeState": {
      const next = removeState(doc, action.key);
      return edit(state, next, removed(selection, "state", action.key, next));
    }
    case "connect": {
      const created = { ...newTransition(doc, action.source, action.target, action.name), ...action.patch };
      return edit(state, addTransition(doc, created), { kind: "transition", key: created.key });
    }
    case "updateTransition":
      return edit(state, updateTransition(doc, action.key, action.patch));
    case "renameTransition":
      return edit(
        state,
        renameTransitionKey(doc, action.from, action.to),
        renamed(selection, "transition", action.from, action.to),
      );
    case "removeTransition": {
      const next = removeTransition(doc, action.key);
      return edit(state, next, removed(selection, "transition", action.key, next));
    }
    case "addField": {
      const created = newField(doc.fields.map((field) => field.key), action.fieldType, action.label);
      return edit(state, addField(doc, created), { kind: "field", key: created.key });
    }
    case "updateField":
      return edit(state, updateField(doc, action.key, action.patch));
    case "renameField":
      return edit(state, renameFieldKey(doc, action.from, action.to), renamed(selection, "field", action.from, action.to));
    case "moveField":
      return edit(state, moveField(doc, action.key, action.delta));
    case "removeField": {
      const next = removeField(doc, action.key);
      return edit(state, next, removed(selection, "field", action.key, next));
    }
    case "setPermission":
      return edit(state, setPermission(doc, action.state, action.field, action.permission));
    case "updateDocument":
      return edit(state, { ...doc, ...action.patch });
  }
}
