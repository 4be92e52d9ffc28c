import { Switch } from "antd";
import type { WidgetProps } from "./types";

/** bool: a switch. */
export function BoolInput({ id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<boolean>) {
  return <Switch id={id} aria-label={ariaLabel} disabled={disabled} checked={value === true} onChange={(checked) => onChange?.(checked)} />;
}
