// Durations as people say them: the two largest units that matter ("3 h 20 min", "2 d 4 h", "45 s").

export type Unit = "d" | "h" | "min" | "s" | "ms";
export type UnitLabel = (unit: Unit, count: number) => string;

const SIZES: [Unit, number][] = [
  ["d", 86_400],
  ["h", 3_600],
  ["min", 60],
  ["s", 1],
];

export const plainUnits: UnitLabel = (unit, count) => `${count} ${unit}`;

/**
 * `parts` largest units, truncated ("2 d 4 h"). A zero unit ends the text rather than being skipped
 * ("2 d", never "2 d 5 min"). Under a second is `underOne` ("< 1 s"); nothing at all is "0 s".
 */
export function formatDuration(seconds: number, label: UnitLabel = plainUnits, parts = 2, underOne = "< 1 s"): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return label("s", 0);
  if (seconds < 1) return underOne;
  let rest = Math.floor(seconds);
  const out: string[] = [];
  for (const [unit, size] of SIZES) {
    if (out.length === parts) break;
    const count = Math.floor(rest / size);
    if (count > 0) {
      out.push(label(unit, count));
      rest -= count * size;
    } else if (out.length) {
      break;
    }
  }
  return out.join(" ");
}

// Axes may need milliseconds (a demo's instant hops); spoken durations never do.
const AXIS_SIZES: [Unit, number][] = [...SIZES, ["ms", 0.001]];

/** The unit an axis reaching `max` seconds reads best in. */
export function axisUnit(max: number): Unit {
  if (max <= 0) return "s";
  return (AXIS_SIZES.find(([, size]) => max >= size) ?? AXIS_SIZES[AXIS_SIZES.length - 1])[0];
}

/** A tick in a fixed unit, one decimal at most ("1.5 h"), so ticks never repeat. */
export function formatInUnit(seconds: number, unit: Unit, label: UnitLabel = plainUnits): string {
  const size = AXIS_SIZES.find(([name]) => name === unit)![1];
  return label(unit, Math.round((seconds / size) * 10) / 10);
}
