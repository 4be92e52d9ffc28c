// The backend answers every failure with {"error": {"code", "message", "details"}}; this is it, typed.

export type FieldProblem = { field?: string; loc?: (string | number)[]; message?: string; code?: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Per-field problems of a 422, keyed by the dotted `field` ("fields.amount") and by its last part ("amount"). */
  fieldProblems(): Record<string, string> {
    const out: Record<string, string> = {};
    if (!Array.isArray(this.details)) return out;
    for (const item of this.details as FieldProblem[]) {
      if (!item.message) continue;
      const last = item.loc?.length ? String(item.loc[item.loc.length - 1]) : undefined;
      for (const key of [item.field, last]) if (key && !(key in out)) out[key] = item.message;
    }
    return out;
  }
}

type ErrorBody = { error?: { code?: string; message?: string; details?: unknown } };

export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | undefined)?.error;
  return new ApiError(
    status,
    error?.code ?? `http_${status}`,
    error?.message ?? `Request failed (${status})`,
    error?.details,
  );
}

/** Unwrap an openapi-fetch result: the data, or throw the API's error. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw toApiError(result.response.status, result.error);
  }
  return result.data as T;
}
