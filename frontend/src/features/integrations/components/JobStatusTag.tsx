import { Tag } from "antd";
import { useTranslation } from "react-i18next";

const COLORS: Record<string, string> = {
  pending: "default",
  running: "processing",
  waiting: "purple",
  succeeded: "success",
  failed: "error",
};

/** The status of a background job (delivery, notification, script run) as a colored tag. */
export function JobStatusTag({ status }: { status: string }) {
  const { t } = useTranslation("integrations");
  return (
    <Tag color={COLORS[status] ?? "default"} data-testid="job-status">
      {t(`status.${status}`, { defaultValue: status })}
    </Tag>
  );
}
