import { ApiError } from "@/lib/api-client";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A failed action in words: our translation of the API's error code, else the API's own message. */
export function errorText(t: Translate, error: unknown): string {
  if (error instanceof ApiError) return t(`errors.${error.code}`, { defaultValue: error.message });
  return t("errors.network");
}
