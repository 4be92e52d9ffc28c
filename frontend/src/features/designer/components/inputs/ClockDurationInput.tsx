// A duration with what it counts: hours of wall time, working hours, or working days of the tenant's
// working calendar (docs/workflows.md "SLA clock"). Working days are stored as N x 86400 seconds.
import { InputNumber, Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import type { Clock } from "../../model";
import { DurationInput } from "./DurationInput";

const CLOCKS: Clock[] = ["wall", "working", "working_days"];

interface Props {
  seconds: number | null;
  clock: Clock | null | undefined;
  onChange: (seconds: number | null, clock: Clock) => void;
  testId: string;
  ariaLabel: string;
}

export function ClockDurationInput({ seconds, clock, onChange, testId, ariaLabel }: Props) {
  const { t } = useTranslation("designer");
  const current = clock ?? "wall";
  const days = seconds ? Math.max(1, Math.round(seconds / 86400)) : 1;
  const setClock = (next: Clock) =>
    // Whole working days: round the duration to days (at least one).
    onChange(next === "working_days" ? days * 86400 : seconds, next);

  return (
    <Space direction="vertical" style={{ width: "100%" }} size={6}>
      <Select<Clock>
        value={current}
        onChange={setClock}
        options={CLOCKS.map((value) => ({ value, label: t(`clock.${value}`) }))}
        data-testid={`${testId}-clock`}
        aria-label={t("clock.label")}
      />
      {current === "working_days" ? (
        <InputNumber
          min={1}
          max={366}
          step={1}
          value={days}
          onChange={(next) => onChange(Math.max(1, Math.round(Number(next ?? 1))) * 86400, current)}
          suffix={t("clock.days")}
          style={{ width: "100%" }}
          data-testid={`${testId}-days`}
          aria-label={ariaLabel}
        />
      ) : (
        <DurationInput value={seconds} onChange={(next) => onChange(next, current)} testId={testId} ariaLabel={ariaLabel} />
      )}
    </Space>
  );
}
