import { Button, Descriptions, Flex, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useCursorPages } from "@/lib/use-cursor-pages";
import { type ScriptRun, useScriptRuns } from "../api/use-script-runs";
import { formatDuration, formatTime } from "../utils/format";
import { JobStatusTag } from "./JobStatusTag";

const PAGE_SIZE = 20;
const MONO = { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", fontSize: 12 };

function RunOutput({ run }: { run: ScriptRun }) {
  const { t } = useTranslation("integrations");
  return (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label={t("runs.fields.outcome")}>{run.outcome || "—"}</Descriptions.Item>
      <Descriptions.Item label={t("runs.fields.result")}>
        {Object.keys(run.result ?? {}).length ? (
          <pre style={{ ...MONO, margin: 0, whiteSpace: "pre-wrap" }}>{JSON.stringify(run.result, null, 2)}</pre>
        ) : (
          "—"
        )}
      </Descriptions.Item>
      {run.last_error ? (
        <Descriptions.Item label={t("runs.fields.error")}>
          <pre style={{ ...MONO, margin: 0, whiteSpace: "pre-wrap", color: "#cf1322" }}>{run.last_error}</pre>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/** A script's runs, newest first: status, ticket, duration; opened up for the output or error. */
export function ScriptRuns({ scriptId }: { scriptId: number }) {
  const { t } = useTranslation("integrations");
  const pages = useCursorPages(String(scriptId), PAGE_SIZE);
  const runs = useScriptRuns(scriptId, pages.cursor, PAGE_SIZE);

  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button size="small" onClick={() => runs.refetch()} loading={runs.isRefetching}>
          {t("actions.refresh", { ns: "common" })}
        </Button>
      </Flex>
      <ErrorAlert error={runs.error} />
      <Table<ScriptRun>
        size="small"
        rowKey="id"
        loading={runs.isPending}
        dataSource={runs.data?.items ?? []}
        pagination={pages.pagination(runs.data?.next_cursor)}
        locale={{ emptyText: t("runs.empty") }}
        expandable={{ expandedRowRender: (run) => <RunOutput run={run} /> }}
        data-testid="script-runs"
        columns={[
          { title: t("runs.fields.status"), dataIndex: "status", render: (status: string) => <JobStatusTag status={status} /> },
          {
            title: t("runs.fields.ticket"),
            key: "ticket",
            render: (_, run) => <Link to={`/tickets/${run.ticket_id}`}>{run.ticket_serial}</Link>,
          },
          { title: t("runs.fields.state"), dataIndex: "state_key", render: (key: string) => <Typography.Text code>{key}</Typography.Text> },
          { title: t("runs.fields.attempts"), dataIndex: "attempts", align: "right" },
          { title: t("runs.fields.duration"), dataIndex: "duration_ms", align: "right", render: formatDuration },
          { title: t("runs.fields.created"), dataIndex: "created_at", render: formatTime },
          { title: t("runs.fields.finished"), dataIndex: "finished_at", render: formatTime },
        ]}
      />
    </Flex>
  );
}
