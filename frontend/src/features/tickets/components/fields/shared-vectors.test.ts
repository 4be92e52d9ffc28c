// The shared test vectors of the field value rules (tests/vectors/field-values.json, see the README
// there), which backend/engine/tickets/tests/test_shared_vectors.py runs against the server's rules: a value
// the server accepts passes `checkValue`, and one it refuses fails with the server's first problem.
// The browser shows one message per field type for a wrong JSON type and a malformed value, so
// "type" and "format" share their translation keys here; it names the cell of a table but not
// the item of a list.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FieldSpec } from "../../types";
import { type Problem, checkValue } from "./rules";

type Expected = { path: string; code: string };
type Case = { value: unknown; stored?: unknown; problems?: Expected[]; check_required?: boolean; note?: string };
type Entry = { field: Omit<FieldSpec, "key" | "label" | "columns"> & { columns?: Omit<FieldSpec, "label">[] }; cases: Case[] };

const file = resolve(import.meta.dirname, "../../../../../../tests/vectors/field-values.json");
const vectors: { fields: Entry[] } = JSON.parse(readFileSync(file, "utf8"));

const FORMAT_KEYS: Record<string, string> = {
  int: "validation.integer",
  decimal: "validation.number",
  date: "validation.date",
  datetime: "validation.datetime",
  time: "validation.time",
  radio: "validation.choice",
  select: "validation.choice",
};

/** The translation key (and cell) the browser shows for a problem the server reports. */
function expectedProblem(field: FieldSpec, { path, code }: Expected): Problem {
  const [row, column, ...rest] = path.split(".");
  if (field.type === "table" && column !== undefined && rest.length === 0) {
    const spec = field.columns!.find((col) => col.key === column)!;
    const inner = expectedProblem(spec, { path: "", code });
    return { key: "validation.cell", params: { row: Number(row) + 1, column: spec.label }, inner };
  }
  switch (code) {
    case "required":
      return { key: "validation.required" };
    case "type":
    case "format":
      return { key: FORMAT_KEYS[field.type] ?? "validation.invalid" };
    case "single_line":
      return { key: "validation.singleLine" };
    case "min":
      return { key: "validation.min", params: { min: field.validation!.min! } };
    case "max":
      return { key: "validation.max", params: { max: field.validation!.max! } };
    case "too_long":
    case "too_short": {
      const unit = field.type === "table" ? "rows" : ["string", "text", "rich_text"].includes(field.type) ? "characters" : "items";
      return { key: `validation.${code === "too_long" ? "maxLength" : "minLength"}.${unit}` };
    }
    default:
      return { key: `validation.${code}` };
  }
}

/** A problem without the parameters of length limits (the server's built-in ones are not in the field). */
function withoutCounts(problem: Problem | null): Problem | null {
  if (!problem) return problem;
  const { params, inner, ...rest } = problem;
  const keep = params && !problem.key.includes("Length.") ? { params } : {};
  return { ...rest, ...keep, ...(inner ? { inner: withoutCounts(inner)! } : {}) };
}

const cases = vectors.fields.flatMap(({ field, cases }) => cases.map((vector) => [field, vector] as const));
const name = (value: unknown) => {
  const chars = [...(JSON.stringify(value) ?? "undefined")];
  return chars.length <= 50 ? chars.join("") : `${chars.slice(0, 47).join("")}...`;
};

test.each(cases.map(([field, vector]) => [`${field.type} ${name(vector.value)}`, field, vector] as const))("%s", (_name, field, vector) => {
  const spec: FieldSpec = {
    key: "f",
    label: "F",
    required: false,
    ...field,
    columns: field.columns?.map((column) => ({ label: column.key, ...column })),
  };
  const problem = checkValue(spec, vector.value, { required: spec.required!, checkRequired: vector.check_required ?? true });
  if (vector.problems === undefined) {
    expect(problem).toBeNull();
  } else {
    expect(withoutCounts(problem)).toEqual(expectedProblem(spec, vector.problems[0]!));
  }
});
