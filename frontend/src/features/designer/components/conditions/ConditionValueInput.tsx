// The value of one comparison, typed as its field and operator need: a list for in / not in, a
// number for numeric fields, a choice for choice fields, true/false for booleans, nothing for "is empty".
import { DatePicker, Input, InputNumber, Select } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { CHOICE_TYPES, type ConditionOp, type FieldDef, NUMBER_TYPES } from "../../model";
import { LIST_OPS, VALUELESS_OPS } from "../../model/conditions";

interface ConditionValueInputProps {
  field: FieldDef | undefined;
  op: ConditionOp;
  value: unknown;
  onChange: (value: unknown) => void;
  testId: string;
}

const asText = (value: unknown) => (value === null || value === undefined ? "" : String(value));
const numeric = (text: string) => (text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text);

export function ConditionValueInput({ field, op, value, onChange, testId }: ConditionValueInputProps) {
  const { t } = useTranslation("designer");
  const label = t("conditions.value");
  if (VALUELESS_OPS.has(op)) return null;
  const type = field?.type;
  const choices = field && CHOICE_TYPES.has(field.type) ? field.choices.map((c) => ({ value: c.value, label: c.label })) : null;

  if (LIST_OPS.has(op)) {
    const items = Array.isArray(value) ? value : [];
    const isNumber = type && NUMBER_TYPES.has(type);
    return (
      <Select<string[]>
        mode={choices ? "multiple" : "tags"}
        value={items.map(asText)}
        onChange={(next) => onChange(isNumber ? next.map(numeric) : type === "bool" ? next.map((item) => item === "true") : next)}
        options={choices ?? (type === "bool" ? [{ value: "true", label: t("conditions.true") }, { value: "false", label: t("conditions.false") }] : undefined)}
        placeholder={t("conditions.listPlaceholder")}
        tokenSeparators={[","]}
        open={choices || type === "bool" ? undefined : false}
        style={{ width: "100%" }}
        aria-label={label}
        data-testid={testId}
      />
    );
  }
  if (choices) {
    // One choice: the value of a radio/select, or the item a checkbox/multi-select field contains.
    return <Select value={asText(value) || undefined} onChange={onChange} options={choices} style={{ width: "100%" }} aria-label={label} data-testid={testId} />;
  }
  if (type === "bool") {
    return (
      <Select
        value={typeof value === "boolean" ? String(value) : undefined}
        onChange={(next) => onChange(next === "true")}
        options={[
          { value: "true", label: t("conditions.true") },
          { value: "false", label: t("conditions.false") },
        ]}
        style={{ width: "100%" }}
        aria-label={label}
        data-testid={testId}
      />
    );
  }
  if (type && NUMBER_TYPES.has(type)) {
    return (
      <InputNumber
        value={typeof value === "number" || typeof value === "string" ? Number(value) : null}
        onChange={(next) => onChange(next ?? null)}
        precision={type === "int" ? 0 : undefined}
        style={{ width: "100%" }}
        aria-label={label}
        data-testid={testId}
      />
    );
  }
  if (type === "date") {
    const parsed = typeof value === "string" && value ? dayjs(value, "YYYY-MM-DD") : null;
    return (
      <DatePicker
        value={parsed?.isValid() ? parsed : null}
        onChange={(next) => onChange(next ? next.format("YYYY-MM-DD") : null)}
        style={{ width: "100%" }}
        aria-label={label}
        data-testid={testId}
      />
    );
  }
  const placeholder = type === "datetime" ? "2026-01-31T09:00:00" : type === "time" ? "09:00" : t("conditions.valuePlaceholder");
  return (
    <Input
      value={asText(value)}
      onChange={(event) => onChange(event.target.value)}
      placeholder={placeholder}
      aria-label={label}
      data-testid={testId}
    />
  );
}
