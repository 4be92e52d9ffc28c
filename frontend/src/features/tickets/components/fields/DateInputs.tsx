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

/** What the three pickers share: Form.Item's id, the label, disabled, the field's placeholder, the width. */
const pickerProps = ({ field, id, disabled, "aria-label": ariaLabel }: WidgetProps<string>) => ({
  id,
  "aria-label": ariaLabel,
  disabled,
  placeholder: field.placeholder || undefined,
  style: { width: "100%", maxWidth: 240 },
});

/** date: "YYYY-MM-DD". */
export function DateInput(props: WidgetProps<string>) {
  const { value, onChange } = props;
  return <DatePicker {...pickerProps(props)} value={parse(value)} onChange={(date) => onChange?.(date ? date.format("YYYY-MM-DD") : null)} />;
}

/** datetime: picked in local time, sent as an ISO 8601 instant (UTC). */
export function DateTimeInput(props: WidgetProps<string>) {
  const { value, onChange } = props;
  return (
    <DatePicker
      {...pickerProps(props)}
      showTime={{ format: "HH:mm" }}
      format="YYYY-MM-DD HH:mm"
      value={parse(value)}
      onChange={(date) => onChange?.(date ? date.second(0).millisecond(0).toISOString() : null)}
    />
  );
}

/** time: "HH:MM:SS". */
export function TimeInput(props: WidgetProps<string>) {
  const { value, onChange } = props;
  return (
    <TimePicker
      {...pickerProps(props)}
      format="HH:mm"
      value={parseTime(value)}
      onChange={(time) => onChange?.(time ? time.format("HH:mm:00") : null)}
    />
  );
}
