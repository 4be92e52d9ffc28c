import { Alert, Col, Empty, Row, Segmented, Select, Skeleton, Space, Typography } from "antd";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useWorkflowVersion, useWorkflows } from "@/entities/workflows";
import { useStatistics } from "../api/use-statistics";
import { ChartCard } from "../components/ChartCard";
import { SlaBreachesCharts } from "../components/SlaBreachesCharts";
import { StatusChart } from "../components/StatusChart";
import { SummaryCards } from "../components/SummaryCards";
import { TicketsPerDayChart } from "../components/TicketsPerDayChart";
import { TimePerStateChart } from "../components/TimePerStateChart";
import { PERIODS, type Period, type Statistics } from "../types";
import { breachesByState, perDay, stateNames, stateTimes, statusSlices, summarize } from "../utils/shape";

const EMPTY: Statistics = { days: 0, per_day: [], per_state: [], by_status: {}, sla_breaches_per_day: [], sla_breaches_by_state: [] };

/** /insight?workflow=<id>&days=<7|30|90>: a workflow's tickets, time per state and SLA breaches. */
export function StatisticsPage() {
  const { t } = useTranslation("statistics");
  const [params, setParams] = useSearchParams();
  const workflows = useWorkflows();
  const asked = params.get("workflow");
  const days = (PERIODS as number[]).includes(Number(params.get("days"))) ? (Number(params.get("days")) as Period) : 30;

  const list = workflows.data ?? [];
  const named = list.find((workflow) => String(workflow.id) === asked);
  const workflow = named ?? list[0];
  const unknown = Boolean(asked) && workflows.isSuccess && !named;

  // The default (first) workflow goes into the URL too, so the address always says what is shown.
  const first = list[0]?.id;
  useEffect(() => {
    if (asked || first === undefined) return;
    const next = new URLSearchParams(params);
    next.set("workflow", String(first));
    setParams(next, { replace: true });
  }, [asked, first, params, setParams]);

  const stats = useStatistics(workflow?.id, days);
  const version = useWorkflowVersion(workflow?.id, workflow?.current_version);
  const shaped = useMemo(() => {
    const data = stats.data ?? EMPTY;
    const names = stateNames(version.data?.document);
    return {
      summary: summarize(data),
      days: perDay(data),
      states: stateTimes(data, names),
      statuses: statusSlices(data.by_status),
      breaches: breachesByState(data, names),
    };
  }, [stats.data, version.data]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: key === "days" });
  };

  const toolbar = (
    <Space wrap>
      <Select
        showSearch
        optionFilterProp="label"
        aria-label={t("workflow")}
        placeholder={t("workflow")}
        loading={workflows.isPending}
        value={workflow?.id}
        onChange={(id: number) => set("workflow", String(id))}
        options={list.map((item) => ({ value: item.id, label: item.name }))}
        style={{ width: 260 }}
        data-testid="statistics-workflow"
      />
      <Segmented<Period>
        value={days}
        onChange={(value) => set("days", String(value))}
        options={PERIODS.map((value) => ({ value, label: t("period", { count: value }) }))}
        data-testid="statistics-period"
      />
    </Space>
  );

  let body;
  if (workflows.isError) body = <ErrorAlert error={workflows.error} />;
  else if (workflows.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (!workflow) body = <Empty description={t("noWorkflows")} style={{ padding: 48 }} />;
  else if (stats.isError) body = <ErrorAlert error={stats.error} />;
  else {
    const loading = stats.isPending;
    const noTickets = !loading && shaped.summary.created === 0 && shaped.summary.finished === 0;
    body = (
      <Space direction="vertical" size={16} style={{ width: "100%", opacity: stats.isPlaceholderData ? 0.6 : 1 }}>
        <SummaryCards summary={shaped.summary} loading={loading} />
        {loading ? (
          <Skeleton active paragraph={{ rows: 10 }} />
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <ChartCard title={t("charts.perDay")} empty={noTickets ? t("empty.tickets") : undefined} testId="chart-per-day">
                <TicketsPerDayChart rows={shaped.days} />
              </ChartCard>
            </Col>
            <Col xs={24} xl={8}>
              <ChartCard title={t("charts.byStatus")} empty={shaped.statuses.length ? undefined : t("empty.tickets")} testId="chart-status">
                <StatusChart slices={shaped.statuses} />
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard
                title={t("charts.timePerState")}
                extra={<Typography.Text type="secondary">{t("charts.timePerStateHint")}</Typography.Text>}
                empty={shaped.states.length ? undefined : t("empty.states")}
                testId="chart-time"
              >
                <TimePerStateChart rows={shaped.states} />
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={t("charts.breaches")} empty={shaped.summary.breaches ? undefined : t("empty.breaches")} testId="chart-breaches">
                <SlaBreachesCharts days={shaped.days} states={shaped.breaches} />
              </ChartCard>
            </Col>
          </Row>
        )}
      </Space>
    );
  }

  return (
    <Page title={t("title")} extra={toolbar}>
      {unknown ? (
        <Alert type="warning" showIcon message={t("unknownWorkflow", { id: asked, name: workflow?.name })} style={{ marginBottom: 16 }} />
      ) : null}
      {workflow ? (
        <Typography.Paragraph type="secondary">{t("subtitle", { name: workflow.name, count: days })}</Typography.Paragraph>
      ) : null}
      {body}
    </Page>
  );
}
