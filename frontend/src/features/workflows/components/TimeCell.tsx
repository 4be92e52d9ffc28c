import { Tooltip, Typography } from "antd";
import dayjs from "dayjs";

/** A table cell's time: to the minute, to the second on hover; a dash when there is none. */
export function TimeCell({ value }: { value: string | null }) {
  if (!value) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={dayjs(value).format("YYYY-MM-DD HH:mm:ss")}>
      <span style={{ whiteSpace: "nowrap" }}>{dayjs(value).format("YYYY-MM-DD HH:mm")}</span>
    </Tooltip>
  );
}
