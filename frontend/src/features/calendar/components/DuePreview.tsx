// "If a ticket entered a state at … with an SLA of …, when would it fall due?" on this calendar.
import { Card, Flex, Input, InputNumber, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { type DueClock, type DueQuery, useDuePreview } from "../api/calendar";
import { formatInZone } from "../utils";

const CLOCKS: DueClock[] = ["working", "working_days", "wall"];

export function DuePreview({ zone }: { zone: string }) {
  const { t, i18n } = useTranslation("calendar");
  const [from, setFrom] = useState("");
  const [amount, setAmount] = useState<number | null>(8);
  const [clock, setClock] = useState<DueClock>("working");
  // `from` is the browser's local time (datetime-local); the API takes an ISO instant.
  const start = from ? new Date(from).toISOString() : undefined;
  const query: DueQuery | null = amount && amount > 0
    ? { from: start, clock, ...(clock === "working_days" ? { days: Math.round(amount) } : { hours: amount }) }
    : null;
  const due = useDuePreview(query);

  return (
    <Card title={t("preview.title")} style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap align="center">
        <Input type="datetime-local" value={from} onChange={(event) => setFrom(event.target.value)} aria-label={t("preview.from")} style={{ width: 220 }} data-testid="preview-from" />
        <InputNumber value={amount} onChange={setAmount} min={1} aria-label={t("preview.amount")} data-testid="preview-amount" />
        <Select<DueClock>
          value={clock}
          onChange={setClock}
          options={CLOCKS.map((value) => ({ value, label: t(`units.${value}`) }))}
          style={{ width: 180 }}
          aria-label={t("preview.unit")}
          data-testid="preview-unit"
        />
      </Flex>
      <ErrorAlert error={due.error} />
      {due.data && (
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }} data-testid="preview-due">
          {t("preview.due", {
            due: formatInZone(due.data.due_at, zone, i18n.language),
            start: formatInZone(due.data.start, zone, i18n.language),
            hours: Math.round((due.data.working_seconds / 3600) * 10) / 10,
          })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
