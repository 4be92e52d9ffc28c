// Put a failed request's problems onto the form fields they concern; the rest is for an alert.
import type { FormInstance } from "antd";
import { ApiError } from "@/lib/api-client";

/**
 * Map a 422's field problems (and a 409 `key_taken`) onto `names`. Returns true when every problem
 * found a field, so the caller needs no separate alert.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, names: string[]): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.code === "key_taken" && names.includes("key")) {
    form.setFields([{ name: "key", errors: [error.message] }]);
    return true;
  }
  if (error.status !== 422) return false;
  const problems = error.fieldProblems();
  const matched = names.filter((name) => problems[name]);
  form.setFields(matched.map((name) => ({ name, errors: [problems[name]] })));
  const total = Array.isArray(error.details) ? error.details.length : 0;
  return matched.length > 0 && matched.length >= total;
}
