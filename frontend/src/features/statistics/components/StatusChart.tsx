import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import { useTranslation } from "react-i18next";
import type { StatusSlice } from "../utils/shape";

const COLORS: Record<string, string> = {
  in_progress: "#1677ff",
  returned: "#fa8c16",
  draft: "#bfbfbf",
  withdrawn: "#722ed1",
  finished: "#52c41a",
  closed: "#8c8c8c",
};

/** Tickets of the period by status, as a donut. */
export function StatusChart({ slices }: { slices: StatusSlice[] }) {
  const { t } = useTranslation("statistics");
  const data = slices.map((slice) => ({ ...slice, label: t(`statuses.${slice.status}`, { defaultValue: slice.status }) }));
  return (
    <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 320, height: 300 }}>
      <PieChart>
        <Pie data={data} dataKey="count" nameKey="label" innerRadius="50%" outerRadius="80%" paddingAngle={2} isAnimationActive={false} label={({ value }) => String(value)}>
          {data.map((slice) => (
            <Cell key={slice.status} fill={COLORS[slice.status] ?? "#13c2c2"} />
          ))}
        </Pie>
        <Tooltip />
        <Legend />
      </PieChart>
    </ResponsiveContainer>
  );
}
