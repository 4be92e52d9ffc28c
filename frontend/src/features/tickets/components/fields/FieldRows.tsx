import { Table } from "antd";
import type { FieldSpec } from "../../types";
import { FieldDisplay } from "./FieldDisplay";

/** A table field's rows, read-only, each cell formatted as FieldDisplay formats its column's type. */
export function FieldRows({ field, rows }: { field: FieldSpec; rows: Record<string, unknown>[] }) {
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
        render: (_: unknown, row: Record<string, unknown>) => <FieldDisplay field={column} value={row[column.key]} />,
      }))}
    />
  );
}

