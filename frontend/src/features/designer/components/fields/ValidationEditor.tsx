// A field's validation rules, only those its type takes: bounds for numbers and dates, lengths for
// text and multi-valued fields, a regex for text.
import { Col, DatePicker, Form, Input, InputNumber, Row, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { HelpFor } from "../../hooks/use-problem-help";
import { DATE_TYPES, type FieldDef, type FieldValidation, MULTI_VALUED_TYPES, NUMBER_TYPES, TEXT_TYPES } from "../../model";

interface ValidationEditorProps {
  field: FieldDef;
  onChange: (validation: FieldValidation | null) => void;
  help: HelpFor;
  testId: string;
}

/** The rules without empty entries; null when nothing is left. */
function compact(rules: FieldValidation): FieldValidation | null {
  const entries = Object.entries(rules).filter(([, value]) => value !== null && value !== undefined && value !== "");
  return entries.length ? (Object.fromEntries(entries) as FieldValidation) : null;
}

export function ValidationEditor({ field, onChange, help, testId }: ValidationEditorProps) {
  const { t } = useTranslation("designer");
  const rules = field.validation ?? {};
  const set = (patch: Partial<FieldValidation>) => onChange(compact({ ...rules, ...patch }));
  const type = field.type;
  const hasBounds = NUMBER_TYPES.has(type) || DATE_TYPES.has(type);
  const hasLengths = TEXT_TYPES.has(type) || MULTI_VALUED_TYPES.has(type);
  const multi = MULTI_VALUED_TYPES.has(type);

  if (!hasBounds && !hasLengths) {
    return <Typography.Text type="secondary">{t("validation.none")}</Typography.Text>;
  }

  const bound = (name: "min" | "max") => {
    const value = rules[name] ?? null;
    const common = { "aria-label": t(`validation.${name}`), "data-testid": `${testId}-${name}`, style: { width: "100%" } };
    if (NUMBER_TYPES.has(type)) {
      return (
        <InputNumber<string>
          {...common}
          stringMode
          precision={type === "int" ? 0 : undefined}
          value={value === null ? null : String(value)}
          onChange={(next) => set({ [name]: next === null || next === "" ? null : next })}
        />
      );
    }
    if (type === "date") {
      const parsed = value ? dayjs(String(value), "YYYY-MM-DD") : null;
      return <DatePicker {...common} value={parsed?.isValid() ? parsed : null} onChange={(next) => set({ [name]: next ? next.format("YYYY-MM-DD") : null })} />;
    }
    return (
      <Input
        {...common}
        value={value === null ? "" : String(value)}
        placeholder={type === "time" ? "09:00" : "2026-01-31T09:00:00"}
        onChange={(event) => set({ [name]: event.target.value.trim() || null })}
      />
    );
  };

  return (
    <div data-testid={testId}>
      {hasBounds && (
        <Row gutter={8}>
          <Col span={12}>
            <Form.Item label={t("validation.min")} {...help("validation.min")}>
              {bound("min")}
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t("validation.max")} {...help("validation.max")}>
              {bound("max")}
            </Form.Item>
          </Col>
        </Row>
      )}
      {hasLengths && (
        <Row gutter={8}>
          <Col span={12}>
            <Form.Item label={t(multi ? "validation.minItems" : "validation.minLength")} {...help("validation.min_length")}>
              <InputNumber
                min={0}
                precision={0}
                value={rules.min_length ?? null}
                onChange={(min_length) => set({ min_length })}
                style={{ width: "100%" }}
                data-testid={`${testId}-min-length`}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t(multi ? "validation.maxItems" : "validation.maxLength")} {...help("validation.max_length")}>
              <InputNumber
                min={1}
                precision={0}
                value={rules.max_length ?? null}
                onChange={(max_length) => set({ max_length })}
                style={{ width: "100%" }}
                data-testid={`${testId}-max-length`}
              />
            </Form.Item>
          </Col>
        </Row>
      )}
      {TEXT_TYPES.has(type) && (
        <Form.Item label={t("validation.regex")} extra={t("validation.regexHelp")} {...help("validation.regex")}>
          <Input
            value={rules.regex ?? ""}
            onChange={(event) => set({ regex: event.target.value || null })}
            maxLength={200}
            spellCheck={false}
            style={{ fontFamily: "monospace" }}
            data-testid={`${testId}-regex`}
          />
        </Form.Item>
      )}
      {help("validation", true).help && <Typography.Text type="danger">{help("validation", true).help}</Typography.Text>}
    </div>
  );
}
