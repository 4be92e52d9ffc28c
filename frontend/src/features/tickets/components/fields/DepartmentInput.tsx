import { TreeSelect } from "antd";
import { useMemo } from "react";
import { type Department, useDepartments } from "@/entities/departments";
import type { WidgetProps } from "./types";

type TreeNode = { value: string; title: string; disabled: boolean; children: TreeNode[] };

/** The flat department list as a tree (by parent); value = department code. */
export function departmentTree(departments: Department[]): TreeNode[] {
  const nodes = new Map(departments.map((d) => [d.id, { value: d.code, title: d.name, disabled: !d.is_active, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const department of departments) {
    const node = nodes.get(department.id)!;
    const parent = department.parent_id !== null ? nodes.get(department.parent_id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** department: a searchable tree. */
export function DepartmentInput({ field, id, value, onChange, disabled, "aria-label": ariaLabel }: WidgetProps<string>) {
  const departments = useDepartments();
  const treeData = useMemo(() => departmentTree(departments.data ?? []), [departments.data]);
  return (
    <TreeSelect
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      loading={departments.isLoading}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      allowClear
      placeholder={field.placeholder || undefined}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      style={{ width: "100%", maxWidth: 480 }}
    />
  );
}
