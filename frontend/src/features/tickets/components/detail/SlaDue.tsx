import { Tag, Tooltip } from "antd";
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

/** An SLA's due time: "due 2025-03-11 15:00 · in 3 working hours", or overdue (red). */
export function SlaDue({ sla, testId = "sla-due" }: { sla: Sla; testId?: string }) {
  const { t } = useTranslation("tickets");
  const working = sla.clock !== "wall";
  const { unit, count } = amount(sla.remaining_seconds);
  const span = t(`sla.${working ? "working" : "wall"}.${unit}`, { count });
  const due = dayjs(sla.due_at).format("YYYY-MM-DD HH:mm");
  const overdue = sla.overdue || sla.remaining_seconds <= 0;
  return (
    <Tooltip title={t(`sla.clock.${sla.clock}`, { defaultValue: sla.clock })}>
      <Tag color={overdue ? "red" : "gold"} style={{ marginInlineEnd: 0 }} data-testid={testId} data-overdue={overdue}>
        {overdue ? t("sla.overdue", { due }) : t("sla.due", { due, span })}
      </Tag>
    </Tooltip>
  );
}
