// Field permissions per state: explicit entries, else the schema's default.
import type { Doc, FieldDef, FieldPermission, StateDef } from "./types";

/** The default when a state does not list a field: the creator fills it at the start, others read it. */
export function defaultPermission(state: StateDef, field: FieldDef): FieldPermission {
  if (state.type === "start") return field.required ? "required" : "optional";
  return "read_only";
}

export function effectivePermission(state: StateDef, field: FieldDef): FieldPermission {
  return state.field_permissions[field.key] ?? defaultPermission(state, field);
}

/** Set (or with null, clear back to the default) one state's permission on one field. */
export function setPermission(doc: Doc, stateKey: string, fieldKey: string, permission: FieldPermission | null): Doc {
  return {
    ...doc,
    states: doc.states.map((state) => {
      if (state.key !== stateKey) return state;
      const permissions = { ...state.field_permissions };
      if (permission === null) delete permissions[fieldKey];
      else permissions[fieldKey] = permission;
      return { ...state, field_permissions: permissions };
    }),
  };
}
