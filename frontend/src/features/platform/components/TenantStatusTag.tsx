import { Tag } from "antd";
import { useTranslation } from "react-i18next";

/** A tenant's status: active (green) or suspended (red). */
export function TenantStatusTag({ status }: { status: string }) {
  const { t } = useTranslation("platform");
  return (
    <Tag color={status === "active" ? "green" : status === "suspended" ? "red" : "default"} data-testid="tenant-status">
      {t(`status.${status}`, { defaultValue: status })}
    </Tag>
  );
}
