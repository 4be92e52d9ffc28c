// Pure edits of a document's fields (and of what refers to them).
import { CHOICE_TYPES } from "./constants";
import { renameFieldInBranch } from "./conditions/rename";
import { nextKey } from "./keys";
import type { Doc, FieldDef, FieldType } from "./types";

export function findField(doc: Doc, key: string): FieldDef | undefined {
  return doc.fields.find((field) => field.key === key);
}

export function newField(taken: string[], type: FieldType, label: string, prefix = "field"): FieldDef {
  return {
    key: nextKey(prefix, taken),
    label,
    type,
    required: true,
    choices: [],
    default: null,
    placeholder: "",
    help_text: "",
    validation: null,
    order: 0,
    columns: [],
  };
}

/** Fields keep `order` equal to their position (1-based), so the list order is the form order. */
function renumber(fields: FieldDef[]): FieldDef[] {
  return fields.map((field, index) => (field.order === index + 1 ? field : { ...field, order: index + 1 }));
}

export function addField(doc: Doc, field: FieldDef): Doc {
  return { ...doc, fields: renumber([...doc.fields, field]) };
}

export function updateField(doc: Doc, key: string, patch: Partial<Omit<FieldDef, "key">>): Doc {
  return { ...doc, fields: doc.fields.map((field) => (field.key === key ? withType(field, patch) : field)) };
}

/** Apply a patch; a change of type drops what the new type cannot hold (choices, columns, default, rules). */
export function withType(field: FieldDef, patch: Partial<FieldDef>): FieldDef {
  const next = { ...field, ...patch };
  if (patch.type === undefined || patch.type === field.type) return next;
  return {
    ...next,
    choices: CHOICE_TYPES.has(patch.type) ? next.choices : [],
    columns: patch.type === "table" ? next.columns : [],
    default: null,
    validation: null,
  };
}

/** Move a field up (-1) or down (+1) in the form order. */
export function moveField(doc: Doc, key: string, delta: number): Doc {
  const index = doc.fields.findIndex((field) => field.key === key);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= doc.fields.length) return doc;
  const fields = [...doc.fields];
  [fields[index], fields[target]] = [fields[target], fields[index]];
  return { ...doc, fields: renumber(fields) };
}

/** Fields in form order (by `order`, then by position), as the ticket form shows them. */
export function sortFields(doc: Doc): Doc {
  const fields = doc.fields.map((field, index) => ({ field, index }));
  fields.sort((a, b) => a.field.order - b.field.order || a.index - b.index);
  return { ...doc, fields: renumber(fields.map((item) => item.field)) };
}

const titlePlaceholder = (key: string) => new RegExp(`\\{${key}\\}`, "g");

/** Rename a field's key and every reference: permissions, conditions, `field` participants, the title. */
export function renameFieldKey(doc: Doc, from: string, to: string): Doc {
  if (from === to) return doc;
  return {
    ...doc,
    title_template: doc.title_template.replace(titlePlaceholder(from), `{${to}}`),
    fields: doc.fields.map((field) => (field.key === from ? { ...field, key: to } : field)),
    states: doc.states.map((state) => {
      const permissions = Object.fromEntries(
        Object.entries(state.field_permissions).map(([key, value]) => [key === from ? to : key, value]),
      );
      const participant =
        state.participant.kind === "field" && state.participant.field === from
          ? { ...state.participant, field: to }
          : state.participant;
      return { ...state, field_permissions: permissions, participant };
    }),
    transitions: doc.transitions.map((transition) => ({
      ...transition,
      branches: transition.branches.map((branch) => renameFieldInBranch(branch, from, to)),
    })),
  };
}

/** Remove a field and its permission entries (conditions and participants naming it are left for validation to flag). */
export function removeField(doc: Doc, key: string): Doc {
  return {
    ...doc,
    fields: renumber(doc.fields.filter((field) => field.key !== key)),
    states: doc.states.map((state) => {
      if (!(key in state.field_permissions)) return state;
      const permissions = { ...state.field_permissions };
      delete permissions[key];
      return { ...state, field_permissions: permissions };
    }),
  };
}
