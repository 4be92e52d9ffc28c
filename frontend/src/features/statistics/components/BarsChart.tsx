import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type BarSeries = { key: string; name: string; color: string };

type Props = {
  rows: Record<string, string | number>[];
  label: string;
  series: BarSeries[];
  format?: (value: number) => string;
};

/** Horizontal bars, one row per item (named by `label`), one bar per series. */
export function BarsChart({ rows, label, series, format }: Props) {
  const height = Math.max(160, rows.length * (series.length > 1 ? 48 : 32) + 60);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 480, height }}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 0, left: 8 }} barGap={2}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={Boolean(format)} tickFormatter={format ? (value: number) => format(value) : undefined} fontSize={12} />
        <YAxis type="category" dataKey={label} width={170} fontSize={12} />
        <Tooltip formatter={format ? (value) => format(Number(value)) : undefined} />
        {series.length > 1 ? <Legend /> : null}
        {series.map((item) => (
          <Bar key={item.key} dataKey={item.key} name={item.name} fill={item.color} radius={[0, 4, 4, 0]} maxBarSize={18} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
