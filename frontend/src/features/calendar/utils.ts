// Small pure helpers of the calendar feature (hours text, zones, due-time wording).
import type { Interval } from "./api/calendar";

const CLOCK = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

export const isClockTime = (value: string) => CLOCK.test(value);

/** "09:00-12:00, 13:00-18:00" → intervals (null when a part is not HH:MM-HH:MM). */
export function parseHours(text: string): Interval[] | null {
  const parts = text.split(",").map((part) => part.trim()).filter(Boolean);
  const out: Interval[] = [];
  for (const part of parts) {
    const [start, end, ...rest] = part.split("-").map((value) => value.trim());
    if (rest.length || !start || !end || !isClockTime(start) || !isClockTime(end)) return null;
    out.push({ start, end });
  }
  return out.length ? out : null;
}

export const formatHours = (hours: Interval[]) => hours.map((interval) => `${interval.start}-${interval.end}`).join(", ");

/** The IANA zones the browser knows (the server checks the name again). */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.("timeZone") ?? [];
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

/** An instant as wall-clock time in `zone`: "Tue 11 Mar 2025, 15:00". */
export function formatInZone(iso: string, zone: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: zone,
    weekday: "short",
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}
