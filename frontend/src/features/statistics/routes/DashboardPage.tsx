import { DownloadOutlined } from "@ant-design/icons";
import { Button, Card, Col, DatePicker, Row, Skeleton, Space, Statistic, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { csvUrl, useDashboard } from "../api/use-dashboard";
import { BarsChart } from "../components/BarsChart";
import { ChartCard } from "../components/ChartCard";
import { TicketsPerDayChart } from "../components/TicketsPerDayChart";
import { useDurationFormat } from "../hooks/use-duration-format";
import { MAX_RANGE_DAYS } from "../types";
import { type DashboardChart, backlogPeople, backlogStates, breachesPerWorkflow, dashboardDays, slowestStates } from "../utils/dashboard";

const DAY = "YYYY-MM-DD";
const BLUE = "#1677ff";

function validDay(value: string | null): Dayjs | undefined {
  const day = value ? dayjs(value, DAY, true) : undefined;
  return day?.isValid() ? day : undefined;
}

/** /dashboard?from=YYYY-MM-DD&to=YYYY-MM-DD: every workflow's tickets, backlog, SLA breaches and slowest states. */
export function DashboardPage() {
  const { t } = useTranslation("statistics");
  const { duration } = useDurationFormat();
  const [params, setParams] = useSearchParams();
  const to = validDay(params.get("to")) ?? dayjs();
  const from = validDay(params.get("from")) ?? to.subtract(29, "day");
  const range = { from: from.format(DAY), to: to.format(DAY) };
  const stats = useDashboard(range.from, range.to);

  const download = (chart: DashboardChart) => (
    <Button size="small" icon={<DownloadOutlined />} href={csvUrl(chart, range.from, range.to)} download data-testid={`csv-${chart}`}>
      {t("dashboard.csv")}
    </Button>
  );
  const shaped = useMemo(() => {
    const data = stats.data;
    if (!data) return undefined;
    return {
      days: dashboardDays(data),
      states: backlogStates(data),
      people: backlogPeople(data),
      breaches: breachesPerWorkflow(data),
      slowest: slowestStates(data),
    };
  }, [stats.data]);

  const picker = (
    <span data-testid="dashboard-range">
      <DatePicker.RangePicker
        value={[from, to]}
        allowClear={false}
        aria-label={t("dashboard.range")}
        disabledDate={(day, info) => Boolean(info?.from && Math.abs(day.diff(info.from, "day")) >= MAX_RANGE_DAYS)}
        onChange={(values) => {
          if (!values?.[0] || !values[1]) return;
          setParams({ from: values[0].format(DAY), to: values[1].format(DAY) }, { replace: true });
        }}
      />
    </span>
  );

  let body;
  if (stats.isError) body = <ErrorAlert error={stats.error} />;
  else if (!stats.data || !shaped) body = <Skeleton active paragraph={{ rows: 10 }} />;
  else {
    const { summary } = stats.data;
    body = (
      <Space direction="vertical" size={16} style={{ width: "100%", opacity: stats.isPlaceholderData ? 0.6 : 1 }}>
        <Row gutter={[16, 16]} data-testid="dashboard-summary">
          {(["opened", "finished", "open_now", "sla_breaches"] as const).map((key) => (
            <Col xs={12} lg={6} key={key}>
              <Card size="small">
                <Statistic title={t(`dashboard.summary.${key}`)} value={summary[key]} data-testid={`dashboard-${key}`} />
              </Card>
            </Col>
          ))}
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <ChartCard title={t("charts.perDay")} extra={download("per_day")} empty={summary.opened || summary.finished ? undefined : t("empty.tickets")} testId="chart-per-day">
              <TicketsPerDayChart rows={shaped.days} />
            </ChartCard>
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard title={t("dashboard.backlogByState")} extra={download("backlog_by_state")} empty={shaped.states.length ? undefined : t("dashboard.empty.backlog")} testId="chart-backlog-state">
              <BarsChart rows={shaped.states} label="label" series={[{ key: "count", name: t("dashboard.series.open"), color: BLUE }]} />
            </ChartCard>
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard title={t("dashboard.backlogByPerson")} extra={download("backlog_by_person")} empty={shaped.people.length ? undefined : t("dashboard.empty.backlog")} testId="chart-backlog-person">
              <BarsChart rows={shaped.people} label="label" series={[{ key: "count", name: t("dashboard.series.open"), color: "#13c2c2" }]} />
            </ChartCard>
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard title={t("charts.breaches")} extra={download("sla_breaches")} empty={shaped.breaches.length ? undefined : t("empty.breaches")} testId="chart-breaches">
              <BarsChart rows={shaped.breaches} label="label" series={[{ key: "count", name: t("series.breaches"), color: "#ff4d4f" }]} />
            </ChartCard>
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard title={t("dashboard.slowest")} extra={download("slowest_states")} empty={shaped.slowest.length ? undefined : t("empty.states")} testId="chart-slowest">
              <BarsChart
                rows={shaped.slowest}
                label="label"
                format={duration}
                series={[
                  { key: "median", name: t("dashboard.series.median"), color: BLUE },
                  { key: "p90", name: t("series.p90"), color: "#91caff" },
                ]}
              />
            </ChartCard>
          </Col>
        </Row>
      </Space>
    );
  }

  return (
    <Page title={t("dashboard.title")} extra={picker}>
      <Typography.Paragraph type="secondary">{t("dashboard.subtitle", { from: range.from, to: range.to })}</Typography.Paragraph>
      {body}
    </Page>
  );
}
