import { TreeSelect, type TreeSelectProps } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useDepartments } from "@/entities/departments";
import { type DepartmentNode, buildDepartmentTree } from "../utils/department-tree";

type Option = { value: number; title: string; disabled?: boolean; children: Option[] };

function toOptions(nodes: DepartmentNode[], exclude: Set<number>): Option[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    disabled: exclude.has(node.id),
    children: toOptions(node.children, exclude),
  }));
}

type Props = Omit<TreeSelectProps<number | number[]>, "treeData"> & {
  /** Departments that may not be picked (a department's own subtree, when choosing its parent). */
  exclude?: Set<number>;
};

/** Pick departments from the tree (searchable by name). */
export function DepartmentTreeSelect({ exclude, ...rest }: Props) {
  const { t } = useTranslation("directory");
  const departments = useDepartments();
  const treeData = useMemo(
    () => toOptions(buildDepartmentTree(departments.data ?? []), exclude ?? new Set()),
    [departments.data, exclude],
  );
  return (
    <TreeSelect<number | number[]>
      showSearch
      allowClear
      treeDefaultExpandAll
      treeNodeFilterProp="title"
      loading={departments.isPending}
      placeholder={t("departmentSelect.placeholder")}
      notFoundContent={t("departmentSelect.empty")}
      {...rest}
      treeData={treeData}
    />
  );
}
