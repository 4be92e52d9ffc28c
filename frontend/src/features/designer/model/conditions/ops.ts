// Which operators each field type supports (port of backend/engine/workflows/conditions/fieldtypes.py).
import { CONDITION_OPS, FIELD_TYPES } from "../constants";
import type { ConditionOp, FieldType } from "../types";

const TEXT = new Set<FieldType>(["string", "text", "rich_text"]);
const MULTI = new Set<FieldType>(["checkbox", "multi_select", "users"]);
const OPAQUE = new Set<FieldType>(["attachment", "table"]);
const ORDERED = new Set<FieldType>(["int", "decimal", "date", "datetime", "time", "string"]);
const AFFIX = new Set<FieldType>(["string", "text"]);
// Every other type holds one value.
const SCALAR = new Set<FieldType>(FIELD_TYPES.filter((type) => !MULTI.has(type) && !OPAQUE.has(type)));

export const VALUELESS_OPS = new Set<ConditionOp>(["is_empty", "is_not_empty"]);
export const LIST_OPS = new Set<ConditionOp>(["in", "not_in"]);

/** The operators a field of this type supports, in display order (every operator for an unknown field). */
export function allowedOps(type: FieldType | undefined): ConditionOp[] {
  if (!type) return CONDITION_OPS;
  const ops = new Set<ConditionOp>();
  if (SCALAR.has(type) || MULTI.has(type) || OPAQUE.has(type)) ops.add("is_empty").add("is_not_empty");
  if (SCALAR.has(type)) ops.add("eq").add("ne").add("in").add("not_in");
  if (ORDERED.has(type)) ops.add("gt").add("gte").add("lt").add("lte");
  if (TEXT.has(type) || MULTI.has(type)) ops.add("contains").add("not_contains");
  if (AFFIX.has(type)) ops.add("starts_with").add("ends_with");
  return CONDITION_OPS.filter((op) => ops.has(op));
}
