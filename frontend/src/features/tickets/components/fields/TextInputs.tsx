import { Input } from "antd";
import type { WidgetProps } from "./types";

/** string: one line; text: a text area; rich_text: a growing text area (stored as typed, shown as plain text). */
export function TextFieldInput({ field, id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<string>) {
  const common = {
    id,
    disabled,
    "aria-label": ariaLabel,
    placeholder: field.placeholder || undefined,
    value: value ?? "",
  };
  if (field.type === "string") {
    return <Input {...common} onChange={(event) => onChange?.(event.target.value)} />;
  }
  return (
    <Input.TextArea
      {...common}
      onChange={(event) => onChange?.(event.target.value)}
      rows={field.type === "text" ? 4 : undefined}
      autoSize={field.type === "rich_text" ? { minRows: 4, maxRows: 20 } : undefined}
    />
  );
}
