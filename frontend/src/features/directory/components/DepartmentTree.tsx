import { Badge, Empty, Flex, Input, Tree, Typography } from "antd";
import type { DataNode } from "antd/es/tree";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Department } from "@/entities/departments";
import { type DepartmentNode, buildDepartmentTree } from "../utils/department-tree";

function matches(node: DepartmentNode<Department>, needle: string): boolean {
  return (
    node.name.toLowerCase().includes(needle) ||
    node.code.toLowerCase().includes(needle) ||
    node.children.some((child) => matches(child, needle))
  );
}

function toTreeData(nodes: DepartmentNode<Department>[], needle: string, inactive: string): DataNode[] {
  return nodes
    .filter((node) => !needle || matches(node, needle))
    .map((node) => ({
      key: node.id,
      title: (
        <Flex gap={8} align="center" data-testid={`department-node-${node.code}`}>
          <Typography.Text delete={!node.is_active}>{node.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {node.code}
          </Typography.Text>
          {node.is_active ? null : <Typography.Text type="secondary">({inactive})</Typography.Text>}
          <Badge count={node.member_count} color="#bfbfbf" showZero={false} overflowCount={9999} />
        </Flex>
      ),
      children: toTreeData(node.children, needle, inactive),
    }));
}

/** The departments as a tree (filterable by name or code); picking one selects it. */
export function DepartmentTree({
  departments,
  selectedId,
  onSelect,
}: {
  departments: Department[];
  selectedId: number | undefined;
  onSelect: (id: number) => void;
}) {
  const { t } = useTranslation("directory");
  const [search, setSearch] = useState("");
  const needle = search.trim().toLowerCase();
  const treeData = useMemo(
    () => toTreeData(buildDepartmentTree(departments), needle, t("departments.inactive")),
    [departments, needle, t],
  );
  return (
    <Flex vertical gap={12}>
      <Input.Search
        allowClear
        placeholder={t("departments.filter")}
        aria-label={t("departments.filter")}
        onChange={(event) => setSearch(event.target.value)}
      />
      {treeData.length ? (
        <Tree
          blockNode
          defaultExpandAll
          // A filter shows the matches' ancestors expanded; remount so the expansion follows it.
          key={needle}
          treeData={treeData}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => keys.length && onSelect(Number(keys[0]))}
          data-testid="department-tree"
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={needle ? t("departments.noMatch") : t("departments.empty")} />
      )}
    </Flex>
  );
}
