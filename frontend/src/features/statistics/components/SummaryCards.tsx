import { Card, Col, Row, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import type { Summary } from "../utils/shape";

const COLORS: Record<keyof Summary, string | undefined> = { created: "#1677ff", finished: "#389e0d", open: undefined, breaches: "#cf1322" };

/** The period in four numbers: created, finished, still open, SLA breaches. */
export function SummaryCards({ summary, loading }: { summary: Summary; loading: boolean }) {
  const { t } = useTranslation("statistics");
  return (
    <Row gutter={[16, 16]} data-testid="statistics-summary">
      {(["created", "finished", "open", "breaches"] as const).map((key) => (
        <Col xs={12} lg={6} key={key}>
          <Card size="small">
            <Statistic
              title={t(`summary.${key}`)}
              value={summary[key]}
              loading={loading}
              valueStyle={{ color: summary[key] ? COLORS[key] : undefined }}
              data-testid={`summary-${key}`}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
