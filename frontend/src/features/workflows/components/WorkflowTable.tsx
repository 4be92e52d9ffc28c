import { Empty, Table, type TableColumnsType, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Workflow } from "../types";
import { DraftStatusTag } from "./StatusTags";
import { TimeCell } from "./TimeCell";
import { WorkflowActions } from "./WorkflowActions";

type Props = {
  workflows: Workflow[];
  loading: boolean;
  onClone: (workflow: Workflow) => void;
  empty?: ReactNode;
};

export function WorkflowTable({ workflows, loading, onClone, empty }: Props) {
  const { t } = useTranslation("workflows");
  const categories = [...new Set(workflows.map((workflow) => workflow.category).filter(Boolean))].sort();

  const columns: TableColumnsType<Workflow> = [
    {
      title: t("list.columns.name"),
      dataIndex: "name",
      sorter: (a, b) => a.name.localeCompare(b.name),
      render: (name: string, workflow) => (
        <div style={{ minWidth: 180, maxWidth: 300 }}>
          <Link to={`/workflows/${workflow.id}`} data-testid={`workflow-link-${workflow.key}`}>
            {name}
          </Link>
          {workflow.description ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 1, tooltip: workflow.description }} style={{ margin: 0, fontSize: 12 }}>
              {workflow.description}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    {
      title: t("list.columns.key"),
      dataIndex: "key",
      sorter: (a, b) => a.key.localeCompare(b.key),
      render: (key: string) => <Typography.Text code>{key}</Typography.Text>,
    },
    {
      title: t("list.columns.category"),
      dataIndex: "category",
      filters: categories.map((category) => ({ text: category, value: category })),
      onFilter: (value, workflow) => workflow.category === value,
      render: (category: string) => (category ? <Tag>{category}</Tag> : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: t("list.columns.published"),
      dataIndex: "current_version",
      align: "center",
      render: (version: number | null) =>
        version === null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Tag color="green">{t("versions.label", { number: version })}</Tag>
        ),
    },
    {
      title: t("list.columns.draft"),
      key: "draft",
      render: (_, workflow) => <DraftStatusTag workflow={workflow} />,
    },
    {
      title: t("list.columns.updated"),
      dataIndex: "updated_at",
      sorter: (a, b) => a.updated_at.localeCompare(b.updated_at),
      defaultSortOrder: undefined,
      render: (value: string) => <TimeCell value={value} />,
    },
    {
      title: t("list.columns.actions"),
      key: "actions",
      align: "right",
      render: (_, workflow) => <WorkflowActions workflow={workflow} onClone={onClone} />,
    },
  ];

  return (
    <Table<Workflow>
      rowKey="id"
      columns={columns}
      dataSource={workflows}
      loading={loading}
      size="middle"
      scroll={{ x: "max-content" }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true, showTotal: (total) => t("list.total", { count: total }) }}
      locale={{ emptyText: empty ?? <Empty description={t("list.empty")} /> }}
      data-testid="workflow-table"
    />
  );
}
