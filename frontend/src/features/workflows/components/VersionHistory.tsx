import { DiffOutlined, InboxOutlined } from "@ant-design/icons";
import { App, Button, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "@/lib/api-client";
import { useArchiveVersion } from "../api/use-archive-version";
import type { VersionSummary, Workflow } from "../types";
import { ExportMenu } from "./ExportMenu";
import { VersionStatusTag } from "./StatusTags";
import { TimeCell } from "./TimeCell";

type Props = {
  workflow: Workflow;
  versions: VersionSummary[];
  loading: boolean;
  onCompare: (from: number, to: number) => void;
};

/** Every version, newest first: status, who published it when, notes; archive and compare actions. */
export function VersionHistory({ workflow, versions, loading, onCompare }: Props) {
  const { t } = useTranslation("workflows");
  const { message, modal } = App.useApp();
  const archive = useArchiveVersion(workflow.id);
  const numbers = versions.map((version) => version.number).sort((a, b) => a - b);

  const confirmArchive = (version: VersionSummary) =>
    modal.confirm({
      title: t("versions.archiveTitle", { number: version.number }),
      content: version.number === workflow.current_version ? t("versions.archiveCurrent") : t("versions.archiveContent"),
      okText: t("versions.archive"),
      okButtonProps: { danger: true, "data-testid": "archive-confirm" },
      cancelText: t("actions.cancel", { ns: "common" }),
      onOk: () =>
        archive.mutateAsync(version.number).then(
          () => void message.success(t("versions.archived", { number: version.number })),
          (error: unknown) => void message.error(error instanceof ApiError ? error.message : t("versions.archiveFailed")),
        ),
    });

  const columns: TableColumnsType<VersionSummary> = [
    {
      title: t("versions.columns.number"),
      dataIndex: "number",
      render: (number: number) => (
        <Space size={4}>
          <Typography.Text strong>{t("versions.label", { number })}</Typography.Text>
          {number === workflow.current_version ? <Tag color="processing">{t("versions.current")}</Tag> : null}
        </Space>
      ),
    },
    { title: t("versions.columns.status"), dataIndex: "status", render: (status: string) => <VersionStatusTag status={status} /> },
    { title: t("versions.columns.publishedAt"), dataIndex: "published_at", render: (value: string | null) => <TimeCell value={value} /> },
    {
      title: t("versions.columns.publishedBy"),
      dataIndex: "published_by",
      render: (by: string | null) => by ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t("versions.columns.notes"),
      dataIndex: "comment",
      render: (comment: string) =>
        comment ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: comment }} style={{ margin: 0, maxWidth: 280 }}>
            {comment}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t("versions.columns.actions"),
      key: "actions",
      align: "right",
      render: (_, version) => {
        const previous = numbers.filter((n) => n < version.number).pop();
        return (
          <Space size={0}>
            <Tooltip title={previous ? t("versions.compareWith", { number: previous }) : t("versions.noPrevious")}>
              <Button
                type="text"
                icon={<DiffOutlined />}
                aria-label={t("versions.compare")}
                disabled={previous === undefined}
                onClick={() => previous !== undefined && onCompare(previous, version.number)}
                data-testid={`compare-${version.number}`}
              />
            </Tooltip>
            <ExportMenu id={workflow.id} workflowKey={workflow.key} version={version.number} compact />
            {version.status === "published" ? (
              <Tooltip title={t("versions.archive")}>
                <Button
                  type="text"
                  danger
                  icon={<InboxOutlined />}
                  aria-label={t("versions.archive")}
                  disabled={!workflow.can_manage}
                  onClick={() => confirmArchive(version)}
                  data-testid={`archive-${version.number}`}
                />
              </Tooltip>
            ) : null}
          </Space>
        );
      },
    },
  ];

  return (
    <Table<VersionSummary>
      rowKey="number"
      columns={columns}
      dataSource={versions}
      loading={loading}
      size="small"
      scroll={{ x: "max-content" }}
      pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
      data-testid="version-table"
    />
  );
}
