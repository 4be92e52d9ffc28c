// The value a comparison compares a field with, read from what the admin typed: a number for int
// and decimal fields, an ISO date / date-time / time for date, datetime and time fields. Text that
// does not fit is refused with the reason (the box says so), never stored as something else.
import type { FieldType } from "../types";

export type ValueProblem = "number" | "integer" | "date" | "datetime" | "time";
export type TypedValue = { ok: true; value: unknown } | { ok: false; problem: ValueProblem };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A real calendar day (no 2026-02-30). */
function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Does a field of this type take its comparison value as typed text that must be checked? */
export function isTypedText(type: FieldType | undefined): type is "int" | "decimal" | "date" | "datetime" | "time" {
  return type === "int" || type === "decimal" || type === "date" || type === "datetime" || type === "time";
}

/** `text` as the value a comparison with a field of `type` holds, or why it cannot be one. */
export function parseTypedValue(type: FieldType | undefined, raw: string): TypedValue {
  const text = raw.trim();
  if (type === "int" || type === "decimal") {
    const number = text === "" ? Number.NaN : Number(text);
    if (!Number.isFinite(number)) return { ok: false, problem: "number" };
    if (type === "int" && !Number.isInteger(number)) return { ok: false, problem: "integer" };
    return { ok: true, value: number };
  }
  if (type === "date") return isDate(text) ? { ok: true, value: text } : { ok: false, problem: "date" };
  if (type === "time") return TIME.test(text) ? { ok: true, value: text } : { ok: false, problem: "time" };
  if (type === "datetime") {
    const match = DATETIME.exec(text);
    return match && isDate(match[1]) ? { ok: true, value: text.replace(" ", "T") } : { ok: false, problem: "datetime" };
  }
  return { ok: true, value: raw };
}
