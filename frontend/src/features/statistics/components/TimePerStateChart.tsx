import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslation } from "react-i18next";
import { useDurationFormat } from "../hooks/use-duration-format";
import { axisUnit } from "../utils/duration";
import type { StateRow } from "../utils/shape";

/** How long tickets stay in each state: mean and 90th percentile, as horizontal bars. */
export function TimePerStateChart({ rows }: { rows: StateRow[] }) {
  const { t } = useTranslation("statistics");
  const { duration, tick } = useDurationFormat();
  const unit = axisUnit(Math.max(0, ...rows.map((row) => Math.max(row.mean, row.p90))));
  const height = Math.max(160, rows.length * 56 + 60);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 520, height }}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 0, left: 8 }} barGap={2}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={(value: number) => tick(value, unit)} fontSize={12} />
        <YAxis type="category" dataKey="name" width={130} fontSize={12} />
        <Tooltip
          formatter={(value) => duration(Number(value))}
          labelFormatter={(name, payload) => {
            const visits = (payload?.[0]?.payload as StateRow | undefined)?.visits;
            return visits === undefined ? String(name) : `${String(name)} · ${t("series.visits", { count: visits })}`;
          }}
        />
        <Legend />
        <Bar dataKey="mean" name={t("series.mean")} fill="#1677ff" radius={[0, 4, 4, 0]} maxBarSize={18} isAnimationActive={false} />
        <Bar dataKey="p90" name={t("series.p90")} fill="#91caff" radius={[0, 4, 4, 0]} maxBarSize={18} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
