import { Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { type LdapRun, useLdapRuns } from "../api/ldap";

const COLORS: Record<LdapRun["status"], string> = { queued: "default", running: "processing", succeeded: "green", failed: "red" };
type Counts = { created?: number; updated?: number; deactivated?: number };

export function RunStatusTag({ run }: { run: LdapRun }) {
  const { t } = useTranslation("directory-feeds");
  return <Tag color={COLORS[run.status]}>{t(`runs.status.${run.status}`)}</Tag>;
}

/** What a run changed, in one line: people created / updated / deactivated, entries skipped. */
export function RunSummary({ run }: { run: LdapRun }) {
  const { t } = useTranslation("directory-feeds");
  if (run.status === "failed") return <Typography.Text type="danger">{run.error}</Typography.Text>;
  const users = (run.summary.users ?? {}) as Counts;
  if (run.status !== "succeeded") return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text>
      {t("runs.summary", { entries: run.entries, created: users.created ?? 0, updated: users.updated ?? 0, deactivated: users.deactivated ?? 0, skipped: run.skipped.length })}
    </Typography.Text>
  );
}

/** A source's run history, newest first, with the entries each run left out (and why). */
export function LdapRunsTable({ sourceId }: { sourceId: number }) {
  const { t } = useTranslation("directory-feeds");
  const runs = useLdapRuns(sourceId);
  return (
    <>
      <ErrorAlert error={runs.error} />
      <Table<LdapRun>
        rowKey="id"
        size="small"
        loading={runs.isPending}
        dataSource={runs.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t("runs.empty") }}
        data-testid="ldap-runs"
        expandable={{
          rowExpandable: (run) => run.skipped.length > 0,
          expandedRowRender: (run) => (
            <ul style={{ margin: 0 }}>
              {run.skipped.map((item) => (
                <li key={item.dn}>
                  <Typography.Text code>{item.dn}</Typography.Text> {item.reason}
                </li>
              ))}
            </ul>
          ),
        }}
        columns={[
          { title: t("runs.fields.created_at"), dataIndex: "created_at", render: (value: string) => dayjs(value).format("YYYY-MM-DD HH:mm:ss") },
          { title: t("runs.fields.trigger"), dataIndex: "trigger", render: (value: LdapRun["trigger"]) => t(`runs.trigger.${value}`) },
          { title: t("runs.fields.status"), key: "status", render: (_, run) => <RunStatusTag run={run} /> },
          { title: t("runs.fields.outcome"), key: "outcome", render: (_, run) => <RunSummary run={run} /> },
        ]}
      />
    </>
  );
}
