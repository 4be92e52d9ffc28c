import dayjs from "dayjs";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslation } from "react-i18next";
import type { DayRow } from "../utils/shape";

/** Tickets created vs finished per day. */
export function TicketsPerDayChart({ rows }: { rows: DayRow[] }) {
  const { t } = useTranslation("statistics");
  return (
    <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 640, height: 300 }}>
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tickFormatter={(day: string) => dayjs(day).format("MM-DD")} minTickGap={16} fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip labelFormatter={(day) => dayjs(String(day)).format("YYYY-MM-DD")} />
        <Legend />
        <Line type="monotone" dataKey="created" name={t("series.created")} stroke="#1677ff" strokeWidth={2} dot={rows.length <= 14} isAnimationActive={false} />
        <Line type="monotone" dataKey="finished" name={t("series.finished")} stroke="#52c41a" strokeWidth={2} dot={rows.length <= 14} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
