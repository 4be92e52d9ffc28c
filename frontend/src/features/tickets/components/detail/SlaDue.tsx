import { Space, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { TicketDetail } from "../../types";

type Sla = NonNullable<TicketDetail["sla"]>;

/** The largest whole unit of a duration: 2 days, 3 hours, 40 minutes. */
function amount(seconds: number): { unit: "days" | "hours" | "minutes"; count: number } {
  const abs = Math.abs(seconds);
  if (abs >= 86400) return { unit: "days", count: Math.floor(abs / 86400) };
  if (abs >= 3600) return { unit: "hours", count: Math.floor(abs / 3600) };
  return { unit: "minutes", count: Math.max(1, Math.round(abs / 60)) };
}

const FORMAT = "YYYY-MM-DD HH:mm";

/** An SLA's due time: "due 2025-03-11 15:00 · in 3 working hours", or overdue (red); orange once
 * its warning time has passed, and beside it when the handlers are (or were) warned. */
export function SlaDue({ sla, testId = "sla-due" }: { sla: Sla; testId?: string }) {
  const { t } = useTranslation("tickets");
  const working = sla.clock !== "wall";
  const { unit, count } = amount(sla.remaining_seconds);
  const span = t(`sla.${working ? "working" : "wall"}.${unit}`, { count });
  const due = dayjs(sla.due_at).format(FORMAT);
  const overdue = sla.overdue || sla.remaining_seconds <= 0;
  const warning = !overdue && sla.warning;
  const color = overdue ? "red" : warning ? "orange" : "gold";
  const text = overdue ? t("sla.overdue", { due }) : t(warning ? "sla.dueSoon" : "sla.due", { due, span });
  const warnAt = sla.warn_at && !overdue ? dayjs(sla.warn_at).format(FORMAT) : null;
  return (
    <Space size={4} wrap>
      <Tooltip title={t(`sla.clock.${sla.clock}`, { defaultValue: sla.clock })}>
        <Tag color={color} style={{ marginInlineEnd: 0 }} data-testid={testId} data-overdue={overdue} data-warning={warning}>
          {text}
        </Tag>
      </Tooltip>
      {warnAt ? (
        <Typography.Text type="secondary" data-testid={`${testId}-warn`}>
          {t(warning ? "sla.warned" : "sla.warnAt", { at: warnAt })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
