// Client-side checks mirroring the server's (engine/runtime/values.py `to_python` and `_check_rules`),
// so most mistakes are caught before a round trip (all but a field's regex, see below). The server stays the judge: its 422 problems are
// shown on the fields too.
import dayjs from "dayjs";
import type { FieldSpec } from "../../types";
import { isEmpty } from "./values";

/** A translation key (namespace `tickets`) and its parameters. */
export type Problem = { key: string; params?: Record<string, string | number>; inner?: Problem };

const TEXT_LIMITS: Record<string, number> = { string: 10_000, text: 100_000, rich_text: 100_000 };
// What Python's str.splitlines splits on; a `string` may hold none of them. (Built from code points:
// ESLint rightly dislikes control characters in regex literals.)
const LINE_BREAKS = [0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029];
const LINE_BREAK = new RegExp(`[${LINE_BREAKS.map((code) => String.fromCodePoint(code)).join("")}]`);
const DECIMAL = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const TIME = /^[0-9]{2}:[0-9]{2}(?::[0-9]{2})?$/;
const MULTI = new Set(["checkbox", "multi_select", "users", "attachment", "table"]);

const duplicate = (items: unknown[]) => new Set(items).size !== items.length;

/** Number of characters as Python counts them (code points, not UTF-16 units). */
const length = (text: string) => [...text].length;

function checkBounds(field: FieldSpec, value: unknown): Problem | null {
  const { min, max } = field.validation ?? {};
  if (min == null && max == null) return null;
  const compare = (bound: string): number | undefined => {
    switch (field.type) {
      case "int":
      case "decimal": {
        const a = Number(value);
        const b = Number(bound);
        return Number.isNaN(b) ? undefined : a - b;
      }
      case "date":
        return String(value) < bound ? -1 : String(value) > bound ? 1 : 0;
      case "datetime": {
        const b = dayjs(bound);
        return b.isValid() ? dayjs(String(value)).valueOf() - b.valueOf() : undefined;
      }
      case "time": {
        const pad = (t: string) => (t.length === 5 ? `${t}:00` : t);
        return pad(String(value)) < pad(bound) ? -1 : pad(String(value)) > pad(bound) ? 1 : 0;
      }
      default:
        return undefined;
    }
  };
  if (min != null && (compare(min) ?? 0) < 0) return { key: "validation.min", params: { min } };
  if (max != null && (compare(max) ?? 0) > 0) return { key: "validation.max", params: { max } };
  return null;
}

function checkLength(field: FieldSpec, size: number, unit: "characters" | "items" | "rows"): Problem | null {
  const { min_length: minLength, max_length: maxLength } = field.validation ?? {};
  if (minLength != null && size < minLength) return { key: `validation.minLength.${unit}`, params: { count: minLength } };
  if (maxLength != null && size > maxLength) return { key: `validation.maxLength.${unit}`, params: { count: maxLength } };
  return null;
}

function checkChoices(field: FieldSpec, items: unknown[]): Problem | null {
  const allowed = new Set((field.choices ?? []).map((choice) => choice.value));
  // A field pieced together without its definition has no choices to check against.
  if (allowed.size === 0) return null;
  return items.every((item) => typeof item === "string" && allowed.has(item)) ? null : { key: "validation.choice" };
}

/** The first problem with one table row's cells, or null (cells marked required need a value). */
function checkRows(field: FieldSpec, rows: unknown[], checkRequired: boolean): Problem | null {
  for (const [index, row] of rows.entries()) {
    if (row === null || typeof row !== "object") return { key: "validation.invalid" };
    for (const column of field.columns ?? []) {
      const cell = (row as Record<string, unknown>)[column.key];
      const problem = checkValue(column, cell, { required: column.required !== false, checkRequired });
      if (problem) return { key: "validation.cell", params: { row: index + 1, column: column.label }, inner: problem };
    }
  }
  return null;
}

export type CheckOptions = {
  /** The state's permission makes the field required. */
  required: boolean;
  /** Whether required values are enforced now (a transition may skip the check, e.g. "reject"). */
  checkRequired?: boolean;
};

/** The first problem with a value of a field, or null when it is fine. */
export function checkValue(field: FieldSpec, value: unknown, { required, checkRequired = true }: CheckOptions): Problem | null {
  if (isEmpty(value)) return required && checkRequired ? { key: "validation.required" } : null;
  switch (field.type) {
    case "string":
    case "text":
    case "rich_text": {
      if (typeof value !== "string") return { key: "validation.invalid" };
      if (field.type === "string" && LINE_BREAK.test(value)) return { key: "validation.singleLine" };
      if (length(value) > TEXT_LIMITS[field.type]!) return { key: "validation.maxLength.characters", params: { count: TEXT_LIMITS[field.type]! } };
      // `validation.regex` is the server's alone: the browser's backtracking engine would hang
      // the tab on a pattern like ^(a+)+$ (ReDoS); the server runs it in linear time (RE2) and
      // its 422 shows on the field.
      return checkLength(field, length(value), "characters");
    }
    case "int":
      if (typeof value !== "number" || !Number.isInteger(value)) return { key: "validation.integer" };
      return checkBounds(field, value);
    case "decimal":
      if ((typeof value !== "string" && typeof value !== "number") || !DECIMAL.test(String(value))) return { key: "validation.number" };
      return checkBounds(field, value);
    case "bool":
      return typeof value === "boolean" ? null : { key: "validation.invalid" };
    case "date":
      if (typeof value !== "string" || !DATE.test(value) || !dayjs(value).isValid()) return { key: "validation.date" };
      return checkBounds(field, value);
    case "datetime":
      if (typeof value !== "string" || !dayjs(value).isValid()) return { key: "validation.datetime" };
      return checkBounds(field, value);
    case "time":
      if (typeof value !== "string" || !TIME.test(value)) return { key: "validation.time" };
      return checkBounds(field, value);
    case "radio":
    case "select":
      return checkChoices(field, [value]);
    case "user":
    case "department":
      return typeof value === "string" ? null : { key: "validation.invalid" };
    default:
      break;
  }
  if (!MULTI.has(field.type) || !Array.isArray(value)) return { key: "validation.invalid" };
  if (field.type !== "table" && field.type !== "attachment" && duplicate(value)) return { key: "validation.duplicate" };
  if (field.type === "checkbox" || field.type === "multi_select") {
    const problem = checkChoices(field, value);
    if (problem) return problem;
  }
  const countProblem = checkLength(field, value.length, field.type === "table" ? "rows" : "items");
  if (countProblem) return countProblem;
  return field.type === "table" ? checkRows(field, value, checkRequired) : null;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A problem as a sentence (a table cell's problem says which row and column). */
export function problemText(t: Translate, problem: Problem): string {
  const text = t(problem.key, problem.params);
  return problem.inner ? `${text}: ${problemText(t, problem.inner)}` : text;
}
