import { Table } from "antd";
import type { ReactNode } from "react";
import type { FieldSpec } from "../../types";

type Props = { field: FieldSpec; rows: Record<string, unknown>[]; cell: (column: FieldSpec, value: unknown) => ReactNode };

/** A table field's rows, read-only, each cell drawn by `cell` (FieldDisplay, which loads this module
 *  lazily: passed in rather than imported, so this chunk does not tie itself to the page's). */
export function FieldRows({ field, rows, cell }: Props) {
  // Without the definition, the columns are whatever keys the rows hold.
  const columns: FieldSpec[] =
    field.columns?.length
      ? field.columns
      : [...new Set(rows.flatMap((row) => Object.keys(row)))].map((key) => ({ key, label: key, type: "string" }));
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      scroll={{ x: "max-content" }}
      rowKey={(_row, index) => String(index)}
      dataSource={rows}
      columns={columns.map((column) => ({
        key: column.key,
        title: column.label,
        render: (_: unknown, row: Record<string, unknown>) => cell(column, row[column.key]),
      }))}
    />
  );
}

