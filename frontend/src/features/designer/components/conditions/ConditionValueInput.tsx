// The value of one comparison, typed as its field and operator need: a list for in / not in, a
// number for numeric fields, a choice for choice fields, true/false for booleans, nothing for "is empty".
// Numbers, dates, date-times and times are typed as text and checked: text of the wrong type ("abc"
// for a number, "tomorrow" for a date) is refused with an inline reason and the comparison keeps its
// previous value (never silently dropped, never stored as something else).
import { Input, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CHOICE_TYPES, type ConditionOp, type FieldDef, type FieldType } from "../../model";
import { LIST_OPS, VALUELESS_OPS, isTypedText, parseTypedValue } from "../../model/conditions";

interface ConditionValueInputProps {
  field: FieldDef | undefined;
  op: ConditionOp;
  value: unknown;
  onChange: (value: unknown) => void;
  testId: string;
}

const asText = (value: unknown) => (value === null || value === undefined ? "" : String(value));

const PLACEHOLDERS: Partial<Record<FieldType, string>> = {
  int: "42",
  decimal: "12.5",
  date: "2026-01-31",
  datetime: "2026-01-31T09:00:00",
  time: "09:00",
};

/** A number / date / date-time / time typed as text: committed when it parses, explained when not. */
function TypedTextInput({ type, value, onChange, testId }: { type: FieldType; value: unknown; onChange: (value: unknown) => void; testId: string }) {
  const { t } = useTranslation("designer");
  // What the admin typed, while it differs from the stored value.
  const [text, setText] = useState<string | null>(null);
  const parsed = text === null || text.trim() === "" ? null : parseTypedValue(type, text);
  const problem = parsed && !parsed.ok ? parsed.problem : null;
  return (
    <>
      <Input
        value={text ?? asText(value)}
        status={problem ? "error" : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next.trim() === "") onChange(null);
          else {
            const result = parseTypedValue(type, next);
            if (result.ok) onChange(result.value);
          }
        }}
        onBlur={() => {
          if (!problem) setText(null);
        }}
        placeholder={PLACEHOLDERS[type]}
        inputMode={type === "int" || type === "decimal" ? "decimal" : undefined}
        aria-label={t("conditions.value")}
        aria-invalid={problem ? true : undefined}
        data-testid={testId}
      />
      {problem && (
        <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={`${testId}-error`}>
          {t(`conditions.invalid.${problem}`, { value: text })}
        </Typography.Text>
      )}
    </>
  );
}

/** in / not in: a list of values; for typed fields, items of the wrong type are refused and named. */
function ListInput({ type, choices, value, onChange, testId }: { type: FieldType | undefined; choices: { value: string; label: string }[] | null; value: unknown; onChange: (value: unknown) => void; testId: string }) {
  const { t } = useTranslation("designer");
  const [refused, setRefused] = useState<string[]>([]);
  const items = Array.isArray(value) ? value : [];
  const change = (next: string[]) => {
    if (type === "bool") {
      onChange(next.map((item) => item === "true"));
      return;
    }
    if (!isTypedText(type)) {
      onChange(next);
      return;
    }
    const results = next.map((item) => ({ item, result: parseTypedValue(type, item) }));
    setRefused(results.filter(({ result }) => !result.ok).map(({ item }) => item));
    onChange(results.flatMap(({ result }) => (result.ok ? [result.value] : [])));
  };
  return (
    <>
      <Select<string[]>
        mode={choices ? "multiple" : "tags"}
        value={items.map(asText)}
        onChange={change}
        options={choices ?? (type === "bool" ? [{ value: "true", label: t("conditions.true") }, { value: "false", label: t("conditions.false") }] : undefined)}
        placeholder={t("conditions.listPlaceholder")}
        tokenSeparators={[","]}
        open={choices || type === "bool" ? undefined : false}
        status={refused.length ? "error" : undefined}
        style={{ width: "100%" }}
        aria-label={t("conditions.value")}
        data-testid={testId}
      />
      {refused.length > 0 && (
        <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={`${testId}-error`}>
          {t("conditions.invalid.list", { values: refused.join(", ") })}
        </Typography.Text>
      )}
    </>
  );
}

export function ConditionValueInput({ field, op, value, onChange, testId }: ConditionValueInputProps) {
  const { t } = useTranslation("designer");
  const label = t("conditions.value");
  if (VALUELESS_OPS.has(op)) return null;
  const type = field?.type;
  const choices = field && CHOICE_TYPES.has(field.type) ? field.choices.map((c) => ({ value: c.value, label: c.label })) : null;

  if (LIST_OPS.has(op)) return <ListInput type={type} choices={choices} value={value} onChange={onChange} testId={testId} />;
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
  if (isTypedText(type)) return <TypedTextInput key={`${field?.key}:${type}`} type={type} value={value} onChange={onChange} testId={testId} />;
  const placeholder = t("conditions.valuePlaceholder");
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
