import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FieldInput } from "./FieldInput";
import type { WidgetProps } from "./types";
import { startValue } from "./values";

type Row = Record<string, unknown>;

/** table: an editable sub-table, one widget per column. */
export function TableInput({ field, id, value, onChange, disabled }: WidgetProps<Row[]>) {
  const { t } = useTranslation("tickets");
  const rows = value ?? [];
  const columns = field.columns ?? [];
  const update = (index: number, key: string, cell: unknown) =>
    onChange?.(rows.map((row, at) => (at === index ? { ...row, [key]: cell } : row)));
  const emptyRow = (): Row => Object.fromEntries(columns.map((column) => [column.key, startValue(column) ?? null]));

  return (
    <Flex id={id} vertical gap={8} style={{ width: "100%" }}>
      <Table<Row & { __index: number }>
        size="small"
        bordered
        pagination={false}
        scroll={{ x: "max-content" }}
        rowKey="__index"
        dataSource={rows.map((row, index) => ({ ...row, __index: index }))}
        locale={{ emptyText: t("fields.noRows") }}
        columns={[
          ...columns.map((column) => ({
            key: column.key,
            title: (
              <span>
                {column.label}
                {column.required !== false ? <Typography.Text type="danger"> *</Typography.Text> : null}
              </span>
            ),
            render: (_: unknown, row: Row & { __index: number }) => (
              <div style={{ minWidth: 140 }}>
                <FieldInput
                  field={column}
                  value={row[column.key]}
                  onChange={(cell) => update(row.__index, column.key, cell)}
                  disabled={disabled}
                  aria-label={t("fields.cellLabel", { column: column.label, row: row.__index + 1 })}
                />
              </div>
            ),
          })),
          ...(disabled
            ? []
            : [
                {
                  key: "__remove",
                  width: 48,
                  render: (_: unknown, row: Row & { __index: number }) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t("fields.removeRow", { row: row.__index + 1 })}
                      onClick={() => onChange?.(rows.filter((_row, at) => at !== row.__index))}
                    />
                  ),
                },
              ]),
        ]}
      />
      {disabled ? null : (
        <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange?.([...rows, emptyRow()])} style={{ alignSelf: "flex-start" }}>
          {t("fields.addRow")}
        </Button>
      )}
    </Flex>
  );
}
