import { Tag } from "antd";
import { useTranslation } from "react-i18next";

const COLORS: Record<string, string> = {
  draft: "default",
  in_progress: "processing",
  returned: "warning",
  withdrawn: "default",
  finished: "success",
  closed: "error",
};

/** A ticket's status as a coloured tag. */
export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation("tickets");
  return (
    <Tag color={COLORS[status] ?? "default"} data-testid="status-tag" style={{ marginInlineEnd: 0 }}>
      {t(`status.${status}`, { defaultValue: status })}
    </Tag>
  );
}
