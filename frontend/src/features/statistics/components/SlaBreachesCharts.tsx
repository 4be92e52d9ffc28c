import dayjs from "dayjs";
import { Col, Row, Typography } from "antd";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslation } from "react-i18next";
import type { BreachRow, DayRow } from "../utils/shape";

const RED = "#ff4d4f";

/** SLA breaches: per day, and which states overran most. */
export function SlaBreachesCharts({ days, states }: { days: DayRow[]; states: BreachRow[] }) {
  const { t } = useTranslation("statistics");
  const height = Math.max(160, states.length * 40 + 40);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Typography.Text type="secondary">{t("charts.breachesPerDay")}</Typography.Text>
        <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 400, height: 220 }}>
          <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tickFormatter={(day: string) => dayjs(day).format("MM-DD")} minTickGap={16} fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} />
            <Tooltip labelFormatter={(day) => dayjs(String(day)).format("YYYY-MM-DD")} />
            <Bar dataKey="breaches" name={t("series.breaches")} fill={RED} radius={[4, 4, 0, 0]} maxBarSize={24} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Col>
      <Col xs={24} xl={10}>
        <Typography.Text type="secondary">{t("charts.breachesByState")}</Typography.Text>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 300, height }}>
          <BarChart data={states} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} fontSize={12} />
            <YAxis type="category" dataKey="name" width={110} fontSize={12} />
            <Tooltip />
            <Bar dataKey="count" name={t("series.breaches")} fill={RED} radius={[0, 4, 4, 0]} maxBarSize={18} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Col>
    </Row>
  );
}
