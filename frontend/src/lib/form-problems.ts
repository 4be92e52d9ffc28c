// Put a 422's per-field problems onto the Ant Design form fields they belong to.
import type { FormInstance } from "antd";
import { ApiError } from "./api-error";

/**
 * Show each problem of `error` under its field. `fields` are the form's field names, dotted for
 * nested ones ("config.url"); the API's `field` may also be the last part only ("url").
 * Returns whether any problem found a field (when none did, the caller's general alert is all there is).
 */
export function applyFieldProblems(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError)) return false;
  const problems = error.fieldProblems();
  const found = fields
    .map((field) => ({ field, message: problems[field] ?? problems[field.split(".").pop() ?? field] }))
    .filter((entry): entry is { field: string; message: string } => Boolean(entry.message));
  form.setFields(found.map(({ field, message }) => ({ name: field.split("."), errors: [message] })));
  return found.length > 0;
}
