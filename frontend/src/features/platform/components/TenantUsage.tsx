import { Descriptions, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { formatBytes } from "@/lib/format-bytes";
import { relativeTime } from "@/lib/relative-time";
import type { Tenant } from "../api/tenants";

export const USAGE_FIGURES = ["people", "workflows", "tickets", "storage"] as const;
export type UsageFigure = (typeof USAGE_FIGURES)[number];

/** A figure of the tenant's usage (the scheduler's last reading) and the quota it counts against, if any. */
function figureOf(tenant: Tenant, figure: UsageFigure): { value: number | null; quota: number | null } {
  const usage = tenant.usage;
  switch (figure) {
    case "people":
      return { value: usage?.people ?? null, quota: tenant.max_users ?? null };
    case "workflows":
      return { value: usage?.workflows ?? null, quota: tenant.max_workflows ?? null };
    case "tickets":
      return { value: usage?.tickets ?? null, quota: null };
    case "storage":
      return { value: usage?.attachment_bytes ?? null, quota: tenant.max_attachment_bytes ?? null };
  }
}

/** What a table sorts by: the figure, -1 before the figures are first read. */
export function usageValue(tenant: Tenant, figure: UsageFigure): number {
  return figureOf(tenant, figure).value ?? -1;
}

/** "12 / 50" against the tenant's own quota, the figure alone without one, "—" before it is read;
 *  storage in bytes, units and all ("1.5 MB / 512.0 MB"). */
export function usageText(tenant: Tenant, figure: UsageFigure, language: string): string {
  const { value, quota } = figureOf(tenant, figure);
  const show = (n: number) => (figure === "storage" ? formatBytes(n) : n.toLocaleString(language));
  const shown = value === null ? "—" : show(value);
  return quota === null ? shown : `${shown} / ${show(quota)}`;
}

/** When the figures were read: "As of 2026-12-07 14:56 (3 minutes ago)", or "Not read yet". */
export function UsageReadAt({ usage }: { usage: Tenant["usage"] }) {
  const { t, i18n } = useTranslation("platform");
  if (!usage) return <>{t("usage.notRead")}</>;
  const when = dayjs(usage.read_at).format("YYYY-MM-DD HH:mm");
  return <>{t("usage.asOf", { when, ago: relativeTime(new Date(), usage.read_at, i18n.language) })}</>;
}

function FigureText({ tenant, figure }: { tenant: Tenant; figure: UsageFigure }) {
  const { i18n } = useTranslation("platform");
  const { value, quota } = figureOf(tenant, figure);
  const full = value !== null && quota !== null && value >= quota;
  return (
    <Typography.Text type={value === null ? "secondary" : full ? "warning" : undefined} data-testid={`tenant-usage-${figure}-${tenant.key}`}>
      {usageText(tenant, figure, i18n.language)}
    </Typography.Text>
  );
}

/** One figure in the tenant list; hovering it tells when the figures were read. */
export function UsageCell({ tenant, figure }: { tenant: Tenant; figure: UsageFigure }) {
  return (
    <Tooltip title={<UsageReadAt usage={tenant.usage} />}>
      <span>
        <FigureText tenant={tenant} figure={figure} />
      </span>
    </Tooltip>
  );
}

/** The tenant's usage on its page: each figure against its quota, and when they were read. */
export function TenantUsage({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation("platform");
  return (
    <>
      <Descriptions column={1} size="small">
        {USAGE_FIGURES.map((figure) => (
          <Descriptions.Item key={figure} label={t(`usage.${figure}`)}>
            <FigureText tenant={tenant} figure={figure} />
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t("usage.readAt")}>
          <span data-testid="tenant-usage-read-at">
            <UsageReadAt usage={tenant.usage} />
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t("usage.freshness")}
      </Typography.Paragraph>
    </>
  );
}
