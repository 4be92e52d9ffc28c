// Client-side checks mirroring the server's (engine/tickets/runtime/values.py `to_python` and `_check_rules`),
// so most mistakes are caught before a round trip: the same formats, limits and bounds, read exactly
// (decimals digit by digit, date-times as UTC instants, never the browser's time zone), checked in the
// same order. Not here: a field's regex (see below), whether users and departments exist, and the
// attributes of attachments. tests/vectors/field-values.json holds the cases both sides run. The
// server stays the judge: its 422 problems are shown on the fields too.
import type { FieldSpec } from "../../types";
import { isEmpty } from "./values";

/** A translation key (namespace `tickets`) and its parameters. */
export type Problem = { key: string; params?: Record<string, string | number>; inner?: Problem };

const TEXT_LIMITS: Record<string, number> = { string: 10_000, text: 100_000, rich_text: 100_000 };
const MAX_LIST_ITEMS = 500; // checkbox, multi_select, users and attachment values
const MAX_TABLE_ROWS = 500;
const MAX_NUMBER_DIGITS = 100; // digits of a number (numeric strings: twice as many characters)
const MAX_DECIMAL_EXPONENT = 1000; // |adjusted exponent| of a decimal
const NAME_LIMITS: Record<string, number> = { user: 150, department: 64 };
// What Python's str.splitlines splits on; a `string` may hold none of them. (Built from code points:
// ESLint rightly dislikes control characters in regex literals.)
const LINE_BREAKS = [0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029];
const LINE_BREAK = new RegExp(`[${LINE_BREAKS.map((code) => String.fromCodePoint(code)).join("")}]`);
const INT = /^-?[0-9]+$/;
const DECIMAL = /^(-?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const TIME = /^([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?$/;
const DATETIME =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,6}))?)?(?:(Z)|([+-])([0-9]{2})(?::?([0-9]{2}))?)?$/;
const MULTI = new Set(["checkbox", "multi_select", "users", "attachment", "table"]);

/** Number of characters as Python counts them (code points, not UTF-16 units). */
const length = (text: string) => [...text].length;

const hasControl = (text: string) => [...text].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127);

// ---- reading values as the server does (engine/tickets/runtime/values.py), exactly ------------------------

/** A decimal number: sign, significant digits ("" for zero) and the exponent of the last digit. */
type Decimal = { negative: boolean; digits: string; exponent: number; count: number };

function readDecimal(text: string): Decimal | null {
  const match = DECIMAL.exec(text);
  if (!match || !/[0-9]/.test(`${match[2]}${match[3] ?? ""}`)) return null;
  const [, sign, whole, fraction = "", power = "0"] = match;
  const all = `${whole}${fraction}`.replace(/^0+/, "");
  return { negative: sign === "-", digits: all, exponent: Number(power) - fraction.length, count: Math.max(all.length, 1) };
}

function compareDecimal(a: Decimal, b: Decimal): number {
  const sign = (d: Decimal) => (d.digits ? (d.negative ? -1 : 1) : 0);
  if (sign(a) !== sign(b)) return sign(a) - sign(b);
  if (!a.digits) return 0;
  const order = a.exponent + a.digits.length - (b.exponent + b.digits.length);
  if (order !== 0) return Math.sign(order) * sign(a);
  const size = Math.max(a.digits.length, b.digits.length);
  const [x, y] = [a.digits.padEnd(size, "0"), b.digits.padEnd(size, "0")];
  return (x < y ? -1 : x > y ? 1 : 0) * sign(a);
}

/** An int field's value (a whole number, or its digits as text), or null. */
function readInt(value: unknown): Decimal | null {
  if (typeof value === "number") return Number.isInteger(value) ? readDecimal(String(value)) : null;
  if (typeof value === "string" && value.length <= MAX_NUMBER_DIGITS && INT.test(value)) return readDecimal(value);
  return null;
}

/** A decimal field's value (a number, or a number as text, within the server's range), or null. */
function readNumber(value: unknown): Decimal | null {
  if (typeof value === "number") return Number.isFinite(value) ? readDecimal(String(value)) : null;
  if (typeof value !== "string" || value.length > 2 * MAX_NUMBER_DIGITS) return null;
  const number = readDecimal(value);
  if (!number) return null;
  const adjusted = number.digits ? number.exponent + number.digits.length - 1 : number.exponent;
  return number.count > MAX_NUMBER_DIGITS || Math.abs(adjusted) > MAX_DECIMAL_EXPONENT ? null : number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysIn = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
const validDate = (year: number, month: number, day: number) =>
  year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);

/** A date as its "YYYY-MM-DD" text (which orders like the dates), or null. */
function readDate(value: unknown): string | null {
  const match = typeof value === "string" ? DATE.exec(value) : null;
  return match && validDate(Number(match[1]), Number(match[2]), Number(match[3])) ? match[0] : null;
}

/** A time of day as seconds since midnight, or null. */
function readTime(value: unknown): number | null {
  const match = typeof value === "string" ? TIME.exec(value) : null;
  if (!match) return null;
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  return hours < 24 && minutes < 60 && seconds < 60 ? hours * 3600 + minutes * 60 + seconds : null;
}

/** An ISO 8601 date and time as [milliseconds since the epoch, microseconds] in UTC (naive means
 *  UTC), or null. */
function readDateTime(value: unknown): [number, number] | null {
  const match = typeof value === "string" ? DATETIME.exec(value) : null;
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1, 6).map(Number);
  const seconds = Number(match[6] ?? 0);
  if (!validDate(year, month, day) || hours >= 24 || minutes >= 60 || seconds >= 60) return null;
  const offset = match[9] ? (match[9] === "-" ? -1 : 1) * (Number(match[10]) * 60 + Number(match[11] ?? 0)) : 0;
  if (Math.abs(offset) >= 24 * 60) return null;
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  moment.setUTCHours(hours, minutes - offset, seconds, 0);
  const utcYear = moment.getUTCFullYear();
  if (utcYear < 1 || utcYear > 9999) return null; // out of range once in UTC
  return [moment.getTime(), Number((match[7] ?? "").padEnd(6, "0"))];
}

/** A datetime bound: a date and time, or a bare date (its midnight, UTC). */
const readDateTimeBound = (bound: string) => readDateTime(DATE.test(bound) ? `${bound}T00:00` : bound);

function checkBounds(field: FieldSpec, value: unknown): Problem | null {
  const { min, max } = field.validation ?? {};
  if (min == null && max == null) return null;
  // value - bound as a sign, or undefined for a bound the server cannot read either (it is ignored).
  const compare = (bound: string): number | undefined => {
    switch (field.type) {
      case "int":
      case "decimal": {
        const [a, b] = [field.type === "int" ? readInt(value) : readNumber(value), readDecimal(bound)];
        return a && b ? compareDecimal(a, b) : undefined;
      }
      case "date": {
        const [a, b] = [readDate(value), readDate(bound)];
        return a && b ? (a < b ? -1 : a > b ? 1 : 0) : undefined;
      }
      case "datetime": {
        const [a, b] = [readDateTime(value), readDateTimeBound(bound)];
        return a && b ? Math.sign(a[0] - b[0] || a[1] - b[1]) : undefined;
      }
      case "time": {
        const [a, b] = [readTime(value), readTime(bound)];
        return a !== null && b !== null ? Math.sign(a - b) : undefined;
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

/** A username or department code: a non-empty string, not too long, no control characters. */
function checkName(field: FieldSpec, value: unknown): Problem | null {
  const limit = NAME_LIMITS[field.type === "users" ? "user" : field.type]!;
  const valid = typeof value === "string" && value !== "" && length(value) <= limit && !hasControl(value);
  return valid ? null : { key: "validation.invalid" };
}

/** The first problem with a list's items: not strings, or one listed twice (in the server's order). */
function checkItems(items: unknown[]): Problem | null {
  const seen = new Set<unknown>();
  for (const item of items) {
    if (typeof item !== "string") return { key: "validation.invalid" };
    if (seen.has(item)) return { key: "validation.duplicate" };
    seen.add(item);
  }
  return null;
}

/** The first problem with the rows' cells (required cells only when `required`), or null. */
function checkRows(field: FieldSpec, rows: unknown[], required: boolean): Problem | null {
  for (const [index, row] of rows.entries()) {
    if (row === null || typeof row !== "object" || Array.isArray(row)) return { key: "validation.invalid" };
    for (const column of field.columns ?? []) {
      const cell = (row as Record<string, unknown>)[column.key];
      const problem = checkValue(column, cell, { required: required && column.required !== false });
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

/** The first problem with a value of a field, or null when it is fine. The checks run in the
 *  server's order, so the problem is the server's first one (tests/vectors/field-values.json). */
export function checkValue(field: FieldSpec, value: unknown, { required, checkRequired = true }: CheckOptions): Problem | null {
  if (isEmpty(value)) return required && checkRequired ? { key: "validation.required" } : null;
  switch (field.type) {
    case "string":
    case "text":
    case "rich_text": {
      if (typeof value !== "string") return { key: "validation.invalid" };
      if (length(value) > TEXT_LIMITS[field.type]!) return { key: "validation.maxLength.characters", params: { count: TEXT_LIMITS[field.type]! } };
      if (value.includes("\u0000")) return { key: "validation.invalid" }; // PostgreSQL cannot store NUL
      if (field.type === "string" && LINE_BREAK.test(value)) return { key: "validation.singleLine" };
      // `validation.regex` is the server's alone: the browser's backtracking engine would hang
      // the tab on a pattern like ^(a+)+$ (ReDoS); the server runs it in linear time (RE2) and
      // its 422 shows on the field.
      return checkLength(field, length(value), "characters");
    }
    case "int":
      return readInt(value) ? checkBounds(field, value) : { key: "validation.integer" };
    case "decimal":
      return readNumber(value) ? checkBounds(field, value) : { key: "validation.number" };
    case "bool":
      return typeof value === "boolean" ? null : { key: "validation.invalid" };
    case "date":
      return readDate(value) ? checkBounds(field, value) : { key: "validation.date" };
    case "datetime":
      return readDateTime(value) ? checkBounds(field, value) : { key: "validation.datetime" };
    case "time":
      return readTime(value) !== null ? checkBounds(field, value) : { key: "validation.time" };
    case "radio":
    case "select":
      return checkChoices(field, [value]);
    case "user":
    case "department":
      return checkName(field, value);
    default:
      break;
  }
  if (!MULTI.has(field.type) || !Array.isArray(value)) return { key: "validation.invalid" };
  const table = field.type === "table";
  if (value.length > (table ? MAX_TABLE_ROWS : MAX_LIST_ITEMS)) {
    return { key: `validation.maxLength.${table ? "rows" : "items"}`, params: { count: table ? MAX_TABLE_ROWS : MAX_LIST_ITEMS } };
  }
  if (field.type === "checkbox" || field.type === "multi_select" || field.type === "users") {
    const names = () => value.map((item) => checkName(field, item)).find(Boolean) ?? null;
    const problem = checkItems(value) ?? (field.type === "users" ? names() : checkChoices(field, value));
    if (problem) return problem;
  }
  // Table cells first, then the row count, then required cells: the server's order.
  const cellProblem = table ? checkRows(field, value, false) : null;
  if (cellProblem) return cellProblem;
  const countProblem = checkLength(field, value.length, table ? "rows" : "items");
  if (countProblem) return countProblem;
  return table && checkRequired ? checkRows(field, value, true) : null;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A problem as a sentence (a table cell's problem says which row and column). */
export function problemText(t: Translate, problem: Problem): string {
  const text = t(problem.key, problem.params);
  return problem.inner ? `${text}: ${problemText(t, problem.inner)}` : text;
}
