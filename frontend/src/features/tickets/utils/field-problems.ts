// A 422 lists its problems with paths like "fields.days" or, inside a table, "fields.items.2.amount";
// this sorts them onto the form's fields (anything else is shown above the form).
import { ApiError } from "@/lib/api-client";
import type { FieldProblem } from "@/lib/api-error";
import type { FieldSpec } from "../types";

type Translate = (key: string, options?: Record<string, unknown>) => string;

export type MappedProblems = {
  /** Messages per field key. */
  fields: Record<string, string[]>;
  /** Problems that belong to no field of the form. */
  other: string[];
};

function pathOf(item: FieldProblem): string[] {
  if (item.field) return item.field.split(".");
  const loc = (item.loc ?? []).map(String);
  return loc[0] === "body" ? loc.slice(1) : loc;
}

/** Sort an error's problems onto the fields; returns undefined for errors that are not a 422 with details. */
export function mapFieldProblems(error: unknown, specs: FieldSpec[], t: Translate): MappedProblems | undefined {
  if (!(error instanceof ApiError) || error.status !== 422 || !Array.isArray(error.details)) return undefined;
  const byKey = new Map(specs.map((spec) => [spec.key, spec]));
  const out: MappedProblems = { fields: {}, other: [] };
  for (const item of error.details as (FieldProblem & { type?: string })[]) {
    const path = pathOf(item);
    const base = item.type === "required" ? t("validation.required") : (item.message ?? error.message);
    const spec = path[0] === "fields" ? byKey.get(path[1] ?? "") : undefined;
    if (!spec) {
      out.other.push(path.length ? `${path.join(".")}: ${base}` : base);
      continue;
    }
    const [row, column] = path.slice(2);
    let message = base;
    if (row !== undefined && /^\d+$/.test(row)) {
      const label = spec.columns?.find((col) => col.key === column)?.label ?? column;
      message =
        spec.type === "table" && label
          ? `${t("validation.cell", { row: Number(row) + 1, column: label })}: ${base}`
          : `${t("validation.item", { item: Number(row) + 1 })}: ${base}`;
    }
    (out.fields[spec.key] ??= []).push(message);
  }
  return out;
}
