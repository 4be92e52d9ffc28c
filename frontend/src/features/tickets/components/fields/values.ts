// Field values in the form are the API's own formats (see backend engine/tickets/runtime/values.py): strings
// for text, choices, usernames and department codes, numbers for int, decimal as text, dates as
// "YYYY-MM-DD", datetimes as ISO 8601, times as "HH:MM:SS", lists for multi-valued fields.
import type { FieldSpec, Permission } from "../../types";

/** None, "" and [] mean "no value" (0 and false are values), as on the server. */
export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

export const isEditable = (permission: string): boolean => permission === "optional" || permission === "required";

/** A form value as the API takes it: empties become null. */
export function toApiValue(value: unknown): unknown {
  return isEmpty(value) ? null : value;
}

/** The editable fields' values to send (null for those left empty, so clearing a field sticks). */
export function editableValues(
  fields: { spec: FieldSpec; permission: Permission | string }[],
  values: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { spec, permission } of fields) {
    if (isEditable(permission)) out[spec.key] = toApiValue(values?.[spec.key]);
  }
  return out;
}

/** The value a new ticket's form starts with: the field's default (a switch starts off, not empty). */
export function startValue(field: FieldSpec): unknown {
  if (field.default !== undefined && field.default !== null) return field.default;
  return field.type === "bool" ? false : undefined;
}
