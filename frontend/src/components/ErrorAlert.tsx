import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "@/lib/api-error";

/** Show a failed query or mutation: the API's message, or a generic one. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message =
    error instanceof ApiError
      ? t(`errors.${error.code}`, { defaultValue: error.message, ...detailValues(error.details) })
      : t("errors.network");
  return <Alert type="error" showIcon message={message} style={{ marginBottom: 16 }} />;
}

/** An error's object details (e.g. `retry_after` of a 429) as values for its translated message. */
function detailValues(details: unknown): Record<string, unknown> {
  return details && typeof details === "object" && !Array.isArray(details) ? (details as Record<string, unknown>) : {};
}
