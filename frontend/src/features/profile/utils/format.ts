import dayjs from "dayjs";

/** A timestamp as people read it here (local time, to the minute); "—" when absent. */
export function formatTime(value: string | null | undefined): string {
  return value ? dayjs(value).format("YYYY-MM-DD HH:mm") : "—";
}
