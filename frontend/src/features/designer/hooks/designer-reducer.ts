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
  /** Earlier documents, oldest first (undo), at most HISTORY_LIMIT. */
  past: Doc[];
  /** Undone documents, the next redo first. */
  future: Doc[];
  /** The edit the last history entry belongs to: more of the same (typing a name) is one step. */
  group: string | null;
}

/** How many steps undo goes back. */
export const HISTORY_LIMIT = 100;

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
  | { type: "updateDocument"; patch: Partial<Omit<Doc, "states" | "transitions" | "fields">> }
  | { type: "undo" }
  | { type: "redo" };

export function initialDesignerState(doc: Doc): DesignerState {
  return { doc, selection: null, revision: 0, savedRevision: 0, past: [], future: [], group: null };
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

/** Edits that continue the previous one when repeated (each keystroke of a name): one undo step. */
function groupOf(action: DesignerAction): string | null {
  switch (action.type) {
    case "updateState":
    case "updateTransition":
    case "updateField":
      return `${action.type}:${action.key}:${Object.keys(action.patch).sort().join(",")}`;
    case "updateDocument":
      return `${action.type}:${Object.keys(action.patch).sort().join(",")}`;
    default:
      return null;
  }
}

/** The selection, if its element is still in `doc` (after an undo or redo). */
function surviving(selection: Selection, doc: Doc): Selection {
  if (!selection) return null;
  const list = selection.kind === "state" ? doc.states : selection.kind === "transition" ? doc.transitions : doc.fields;
  return list.some((item) => item.key === selection.key) ? selection : null;
}

function travel(state: DesignerState, direction: "undo" | "redo"): DesignerState {
  const source = direction === "undo" ? state.past : state.future;
  if (!source.length) return state;
  const doc = direction === "undo" ? source[source.length - 1] : source[0];
  const past = direction === "undo" ? state.past.slice(0, -1) : [...state.past, state.doc];
  const future = direction === "undo" ? [state.doc, ...state.future] : state.future.slice(1);
  return { ...state, doc, past, future, group: null, selection: surviving(state.selection, doc), revision: state.revision + 1 };
}

/** The designer's reducer: every edit of the document, with undo/redo over them. */
export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  if (action.type === "undo" || action.type === "redo") return travel(state, action.type);
  if (action.type === "load") return { ...initialDesignerState(action.doc), revision: state.revision + 1, savedRevision: state.revision + 1 };
  const next = apply(state, action);
  if (next.doc === state.doc) return action.type === "select" && next.group !== null ? { ...next, group: null } : next;
  const group = groupOf(action);
  if (group !== null && group === state.group) return { ...next, future: [] };
  return { ...next, past: [...state.past, state.doc].slice(-HISTORY_LIMIT), future: [], group };
}

function apply(state: DesignerState, action: Exclude<DesignerAction, { type: "undo" | "redo" | "load" }>): DesignerState {
  const { doc, selection } = state;
  switch (action.type) {
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
