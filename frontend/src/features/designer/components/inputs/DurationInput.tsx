// A duration in seconds, edited as a number of minutes, hours or days.
import { InputNumber, Select, Space } from "antd";
import { useState } from "react";
import { type TFunction } from "i18next";
import type { Clock } from "../../model";
import { useTranslation } from "react-i18next";

const UNITS = { minutes: 60, hours: 3600, days: 86400 } as const;
type Unit = keyof typeof UNITS;

/** The largest unit that divides `seconds` evenly (minutes at least). */
export function bestUnit(seconds: number | null): Unit {
  if (seconds && seconds % UNITS.days === 0) return "days";
  if (seconds && seconds % UNITS.hours === 0) return "hours";
  return "minutes";
}

interface DurationInputProps {
  value: number | null;
  onChange: (seconds: number | null) => void;
  testId?: string;
  ariaLabel?: string;
}

export function DurationInput({ value, onChange, testId, ariaLabel }: DurationInputProps) {
  const { t } = useTranslation("designer");
  const [unit, setUnit] = useState<Unit>(() => bestUnit(value));
  const amount = value === null ? null : Math.round((value / UNITS[unit]) * 100) / 100;

  return (
    <Space.Compact style={{ width: "100%" }}>
      <InputNumber
        min={unit === "minutes" ? 1 : 0.01}
        step={1}
        value={amount}
        onChange={(next) => onChange(next === null ? null : Math.max(1, Math.round(Number(next) * UNITS[unit])))}
        style={{ flex: 1 }}
        data-testid={testId}
        aria-label={ariaLabel}
      />
      <Select
        value={unit}
        onChange={setUnit}
        style={{ width: 110 }}
        aria-label={t("duration.unit")}
        options={(Object.keys(UNITS) as Unit[]).map((key) => ({ value: key, label: t(`duration.${key}`) }))}
      />
    </Space.Compact>
  );
}

/** "2 h", "1 d", "30 min" — short text for badges. */
export function formatDuration(seconds: number, t: TFunction<"designer">): string {
  const unit = bestUnit(seconds);
  const amount = Math.round((seconds / UNITS[unit]) * 10) / 10;
  return t(`duration.short.${unit}`, { amount });
}

/** A duration with its clock, so "2 working days" never reads as two calendar days. */
export function formatClockDuration(seconds: number, clock: Clock | null | undefined, t: TFunction<"designer">): string {
  if (clock === "working_days") return t("clock.short.working_days", { count: Math.max(1, Math.round(seconds / 86400)) });
  if (clock === "working") return t("clock.short.working", { duration: formatDuration(seconds, t) });
  return formatDuration(seconds, t);
}
