import { InputNumber } from "antd";
import type { WidgetProps } from "./types";

// Bounds are not passed to InputNumber: it would silently clamp; the validation message says what is allowed.

/** int: whole numbers. */
export function IntInput({ field, id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<number>) {
  return (
    <InputNumber<number>
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      placeholder={field.placeholder || undefined}
      precision={0}
      value={value ?? null}
      onChange={(next) => onChange?.(typeof next === "number" ? next : null)}
      style={{ width: "100%", maxWidth: 240 }}
    />
  );
}

/** decimal: kept as text, so no digit is lost to floating point. */
export function DecimalInput({ field, id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<string>) {
  return (
    <InputNumber<string>
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      placeholder={field.placeholder || undefined}
      stringMode
      value={value === null || value === undefined ? null : String(value)}
      onChange={(next) => onChange?.(next === null || next === "" ? null : String(next))}
      style={{ width: "100%", maxWidth: 240 }}
    />
  );
}
