// A field's default value, as the JSON its type takes: text, an integer, a decimal, true/false, an ISO
// date/time, one or several choice values, usernames, a department code. Attachments and tables have none.
import { DatePicker, Input, InputNumber, Select, TimePicker, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { UserSelect } from "@/entities/users";
import { CHOICE_TYPES, type FieldDef, MULTI_CHOICE_TYPES } from "../../model";
import { DepartmentSelect } from "../pickers/DirectorySelect";

interface DefaultValueInputProps {
  field: FieldDef;
  onChange: (value: unknown) => void;
  testId: string;
  /** The input's accessible name and empty text, where it holds something else than a default (a test run's value). */
  label?: string;
  emptyText?: string;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const list = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

export function DefaultValueInput({ field, onChange, testId, label, emptyText }: DefaultValueInputProps) {
  const { t } = useTranslation("designer");
  const value = field.default;
  const ariaLabel = label ?? t("field.default");
  const noDefault = emptyText ?? t("field.noDefault");
  const common = { "data-testid": testId, "aria-label": ariaLabel, style: { width: "100%" } };
  const emptyToNull = (next: string) => onChange(next === "" ? null : next);

  switch (field.type) {
    case "string":
      return <Input {...common} value={text(value)} onChange={(event) => emptyToNull(event.target.value)} allowClear />;
    case "text":
    case "rich_text":
      return <Input.TextArea {...common} value={text(value)} onChange={(event) => emptyToNull(event.target.value)} autoSize={{ minRows: 1, maxRows: 4 }} />;
    case "int":
      return (
        <InputNumber
          {...common}
          precision={0}
          value={typeof value === "number" ? value : null}
          onChange={(next) => onChange(typeof next === "number" ? Math.trunc(next) : null)}
        />
      );
    case "decimal":
      return (
        <InputNumber<string>
          {...common}
          stringMode
          value={typeof value === "number" || typeof value === "string" ? String(value) : null}
          onChange={(next) => onChange(next === null || next === "" ? null : next)}
        />
      );
    case "bool":
      return (
        <Select
          {...common}
          allowClear
          value={typeof value === "boolean" ? String(value) : undefined}
          onChange={(next?: string) => onChange(next === undefined ? null : next === "true")}
          placeholder={noDefault}
          options={[
            { value: "true", label: t("conditions.true") },
            { value: "false", label: t("conditions.false") },
          ]}
        />
      );
    case "date": {
      const parsed = text(value) ? dayjs(text(value), "YYYY-MM-DD") : null;
      return <DatePicker {...common} value={parsed?.isValid() ? parsed : null} onChange={(next) => onChange(next ? next.format("YYYY-MM-DD") : null)} />;
    }
    case "datetime": {
      const parsed = text(value) ? dayjs(text(value)) : null;
      return (
        <DatePicker {...common} showTime value={parsed?.isValid() ? parsed : null} onChange={(next) => onChange(next ? next.format("YYYY-MM-DDTHH:mm:ss") : null)} />
      );
    }
    case "time": {
      const parsed = text(value) ? dayjs(`2000-01-01T${text(value)}`) : null;
      return <TimePicker {...common} value={parsed?.isValid() ? parsed : null} onChange={(next) => onChange(next ? next.format("HH:mm:ss") : null)} />;
    }
    case "user":
      return (
        <UserSelect
          by="username"
          value={text(value) || null}
          onChange={(next) => onChange(next)}
          placeholder={t("pickers.searchUsers")}
          data-testid={testId}
          aria-label={ariaLabel}
        />
      );
    case "users":
      return (
        <UserSelect
          by="username"
          multiple
          value={list(value)}
          onChange={(next) => onChange(next.length ? next : null)}
          placeholder={t("pickers.searchUsers")}
          data-testid={testId}
          aria-label={ariaLabel}
        />
      );
    case "department":
      return (
        <DepartmentSelect
          value={text(value) ? [text(value)] : []}
          onChange={(codes) => onChange(codes.length ? codes[codes.length - 1] : null)}
          testId={testId}
          ariaLabel={ariaLabel}
        />
      );
    default:
      break;
  }
  if (CHOICE_TYPES.has(field.type)) {
    const options = field.choices.filter((choice) => choice.value).map((choice) => ({ value: choice.value, label: choice.label || choice.value }));
    if (MULTI_CHOICE_TYPES.has(field.type)) {
      return <Select<string[]> {...common} mode="multiple" value={list(value)} onChange={(next) => onChange(next.length ? next : null)} options={options} placeholder={noDefault} />;
    }
    return <Select<string> {...common} allowClear value={text(value) || undefined} onChange={(next) => onChange(next ?? null)} options={options} placeholder={noDefault} />;
  }
  return <Typography.Text type="secondary">{t("field.noDefaultForType")}</Typography.Text>;
}
