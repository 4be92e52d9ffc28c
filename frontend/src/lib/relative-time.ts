// "in 2 hours", "2 小时后": how far `to` is from `from`, in the largest unit that fits, in the
// reader's language (Intl.RelativeTimeFormat). Used for "SLA due in …".
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86400],
  ["hour", 3600],
  ["minute", 60],
];

export function relativeTime(from: Date | string, to: Date | string, language: string): string {
  const seconds = (new Date(to).getTime() - new Date(from).getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(language, { numeric: "always" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), "minute");
}
