// The columns of a table field: each one a small field of its own (any type but table).
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ProblemHelp } from "../../hooks/use-problem-help";
import { type FieldDef, newField } from "../../model";
import { FieldEditor } from "./FieldEditor";

interface ColumnsEditorProps {
  field: FieldDef;
  onChange: (columns: FieldDef[]) => void;
  /** Problems under the table field's path. */
  help: (under: string, exact?: boolean) => ProblemHelp;
  testId: string;
}

export function ColumnsEditor({ field, onChange, help, testId }: ColumnsEditorProps) {
  const { t } = useTranslation("designer");
  const columns = field.columns;
  const keys = columns.map((column) => column.key);
  const set = (index: number, column: FieldDef) => onChange(columns.map((item, i) => (i === index ? column : item)));

  return (
    <div data-testid={testId}>
      {columns.length === 0 && <Typography.Text type="danger">{t("columns.none")}</Typography.Text>}
      {columns.map((column, index) => (
        <Card
          key={index}
          size="small"
          style={{ marginBottom: 8, background: "#fafafa" }}
          title={column.label || column.key}
          extra={
            <Tooltip title={t("columns.remove")}>
              <Button
                type="text"
                danger
                size="small"
                icon={<DeleteOutlined />}
                onClick={() => onChange(columns.filter((_, i) => i !== index))}
                aria-label={t("columns.remove")}
                data-testid={`${testId}-remove-${index}`}
              />
            </Tooltip>
          }
        >
          <FieldEditor
            field={column}
            siblings={keys}
            onChange={(next) => set(index, next)}
            onRename={(key) => set(index, { ...column, key })}
            help={(under, exact) => help(`columns.${index}.${under}`, exact)}
            isColumn
            keyOwner={{ kind: "field", key: field.key, rest: `columns.${index}.key` }}
            testId={`${testId}-${index}`}
          />
        </Card>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => onChange([...columns, { ...newField(keys, "string", t("columns.defaultLabel", { number: columns.length + 1 }), "column"), order: columns.length + 1 }])}
        data-testid={`${testId}-add`}
      >
        {t("columns.add")}
      </Button>
    </div>
  );
}
