import { Checkbox, Radio, Select } from "antd";
import type { FieldSpec } from "../../types";
import type { WidgetProps } from "./types";

/** The field's choices; a field known only from a ticket (no definition) offers its current values. */
function choiceOptions(field: FieldSpec, current: unknown) {
  const options = (field.choices ?? []).map((choice) => ({ value: choice.value, label: choice.label }));
  const known = new Set(options.map((option) => option.value));
  const values = Array.isArray(current) ? current : current ? [current] : [];
  for (const value of values) {
    if (typeof value === "string" && !known.has(value)) options.push({ value, label: value });
  }
  return options;
}

/** radio: one of a few, all visible. */
export function RadioInput({ field, id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<string>) {
  return (
    <Radio.Group
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      options={choiceOptions(field, value)}
      value={value ?? undefined}
      onChange={(event) => onChange?.(event.target.value as string)}
    />
  );
}

/** checkbox: several of a few, all visible. */
export function CheckboxInput({ field, id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<string[]>) {
  return (
    <div id={id} role="group" aria-label={ariaLabel}>
      <Checkbox.Group
        disabled={disabled}
        options={choiceOptions(field, value)}
        value={value ?? []}
        onChange={(next) => onChange?.(next as string[])}
      />
    </div>
  );
}

/** select / multi_select: a searchable drop-down. */
export function SelectInput({
  field,
  id,
  value,
  onChange,
  disabled,
  "aria-label": ariaLabel,
}: WidgetProps<string | string[]>) {
  const multiple = field.type === "multi_select";
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      mode={multiple ? "multiple" : undefined}
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={field.placeholder || undefined}
      options={choiceOptions(field, value)}
      value={value ?? (multiple ? [] : undefined)}
      onChange={(next) => onChange?.(next ?? null)}
      style={{ width: "100%", maxWidth: 480 }}
    />
  );
}
