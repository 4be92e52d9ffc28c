// One field (or one column of a table field): key, label, type, required, choices, default,
// placeholder, help text, validation, and for tables their columns.
import { Col, Form, Input, Row, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import type { KeyOwner } from "../../hooks/use-designer";
import type { ProblemHelp } from "../../hooks/use-problem-help";
import { CHOICE_TYPES, type FieldDef, type FieldType, withType } from "../../model";
import { KeyInput } from "../inputs/KeyInput";
import { ChoicesEditor } from "./ChoicesEditor";
import { ColumnsEditor } from "./ColumnsEditor";
import { DefaultValueInput } from "./DefaultValueInput";
import { ValidationEditor } from "./ValidationEditor";
import { optionsOf } from "../options";

const TYPE_GROUPS: { group: string; types: FieldType[] }[] = [
  { group: "text", types: ["string", "text", "rich_text"] },
  { group: "number", types: ["int", "decimal", "bool"] },
  { group: "time", types: ["date", "datetime", "time"] },
  { group: "choice", types: ["radio", "checkbox", "select", "multi_select"] },
  { group: "people", types: ["user", "users", "department"] },
  { group: "other", types: ["attachment", "table"] },
];

export interface FieldEditorProps {
  field: FieldDef;
  /** Keys of the field and its siblings (uniqueness of a new key). */
  siblings: string[];
  onChange: (field: FieldDef) => void;
  onRename: (key: string) => void;
  help: (under: string, exact?: boolean) => ProblemHelp;
  /** A column of a table (which cannot itself be a table). */
  isColumn?: boolean;
  /** Whose key this is, for an uncommitted key's problem (default: the field itself). */
  keyOwner?: KeyOwner;
  testId: string;
}

export function FieldEditor({ field, siblings, onChange, onRename, help, isColumn = false, keyOwner, testId }: FieldEditorProps) {
  const { t } = useTranslation("designer");
  const set = (patch: Partial<FieldDef>) => onChange(withType(field, patch));

  return (
    <div data-testid={testId}>
      <Row gutter={12}>
        <Col xs={24} lg={12}>
          <Form.Item label={t("field.label")} required {...help("label")}>
            <Input
              value={field.label}
              onChange={(event) => set({ label: event.target.value })}
              maxLength={200}
              status={field.label.trim() ? undefined : "error"}
              data-testid={`${testId}-label`}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <KeyInput
            value={field.key}
            taken={siblings}
            onCommit={onRename}
            owner={keyOwner ?? { kind: "field", key: field.key }}
            testId={`${testId}-key`}
          />
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} lg={12}>
          <Form.Item label={t("field.type")} {...help("type")}>
            <Select
              value={field.type}
              onChange={(type: FieldType) => set({ type })}
              showSearch
              optionFilterProp="label"
              virtual={false}
              options={TYPE_GROUPS.map(({ group, types }) => ({
                label: t(`fieldTypeGroups.${group}`),
                options: optionsOf(
                  types.filter((type) => !(isColumn && type === "table")),
                  (type) => t(`fieldTypes.${type}`),
                ),
              }))}
              aria-label={t("field.type")}
              data-testid={`${testId}-type`}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label={t("field.required")} extra={t("field.requiredHelp")}>
            <Switch checked={field.required} onChange={(required) => set({ required })} data-testid={`${testId}-required`} />
          </Form.Item>
        </Col>
      </Row>
      {CHOICE_TYPES.has(field.type) && (
        <Form.Item label={t("field.choices")} required {...help("choices")}>
          <ChoicesEditor value={field.choices} onChange={(choices) => set({ choices })} testId={`${testId}-choices`} />
        </Form.Item>
      )}
      {field.type === "table" && (
        <Form.Item label={t("field.columns")} required {...help("columns", true)}>
          <ColumnsEditor field={field} onChange={(columns) => set({ columns })} help={help} testId={`${testId}-columns`} />
        </Form.Item>
      )}
      <Form.Item label={t("field.default")} {...help("default")}>
        <DefaultValueInput field={field} onChange={(value) => set({ default: value })} testId={`${testId}-default`} />
      </Form.Item>
      <Form.Item label={t("field.placeholder")} {...help("placeholder")}>
        <Input value={field.placeholder} onChange={(event) => set({ placeholder: event.target.value })} maxLength={200} data-testid={`${testId}-placeholder`} />
      </Form.Item>
      <Form.Item label={t("field.helpText")} {...help("help_text")}>
        <Input.TextArea
          value={field.help_text}
          onChange={(event) => set({ help_text: event.target.value })}
          maxLength={1000}
          autoSize={{ minRows: 1, maxRows: 4 }}
          data-testid={`${testId}-help-text`}
        />
      </Form.Item>
      <Form.Item label={t("field.validation")}>
        <ValidationEditor field={field} onChange={(validation) => set({ validation })} help={help} testId={`${testId}-validation`} />
      </Form.Item>
    </div>
  );
}
