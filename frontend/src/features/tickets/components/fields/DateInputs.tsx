import { DatePicker, TimePicker } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { WidgetProps } from "./types";

const parse = (value: string | null | undefined): Dayjs | null => {
  if (!value) return null;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed : null;
};

/** A "HH:MM[:SS]" time of day as a Dayjs (on an arbitrary day). */
const parseTime = (value: string | null | undefined): Dayjs | null => {
  if (!value) return null;
  const parsed = dayjs(`2000-01-01T${value}`);
  return parsed.isValid() ? parsed : null;
};

/** date: "YYYY-MM-DD". */
export function DateInput({ field, id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<string>) {
  return (
    <DatePicker
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      placeholder={field.placeholder || undefined}
      value={parse(value)}
      onChange={(date) => onChange?.(date ? date.format("YYYY-MM-DD") : null)}
      style={{ width: "100%", maxWidth: 240 }}
    />
  );
}

/** datetime: picked in local time, sent as an ISO 8601 instant (UTC). */
export function DateTimeInput({ field, id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<string>) {
  return (
    <DatePicker
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      placeholder={field.placeholder || undefined}
      showTime={{ format: "HH:mm" }}
      format="YYYY-MM-DD HH:mm"
      value={parse(value)}
      onChange={(date) => onChange?.(date ? date.second(0).millisecond(0).toISOString() : null)}
      style={{ width: "100%", maxWidth: 240 }}
    />
  );
}

/** time: "HH:MM:SS". */
export function TimeInput({ field, id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<string>) {
  return (
    <TimePicker
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      placeholder={field.placeholder || undefined}
      format="HH:mm"
      value={parseTime(value)}
      onChange={(time) => onChange?.(time ? time.format("HH:mm:00") : null)}
      style={{ width: "100%", maxWidth: 240 }}
    />
  );
}
