// Which two versions the diff shows when nobody chose: the one before the current → the current
// (or, with nothing published before it, the current → the draft with its unpublished changes).
import type { VersionSummary } from "../types";

export type Range = { from: number; to: number };

export function defaultRange(versions: VersionSummary[], current: number | null): Range | undefined {
  const numbers = versions.map((version) => version.number).sort((a, b) => a - b);
  if (numbers.length < 2) return undefined;
  const to = current ?? numbers.filter((n) => versions.find((v) => v.number === n)?.status !== "draft").pop();
  if (to !== undefined) {
    const previous = numbers.filter((n) => n < to).pop();
    if (previous !== undefined) return { from: previous, to };
    const after = numbers.find((n) => n > to);
    if (after !== undefined) return { from: to, to: after };
  }
  return { from: numbers[numbers.length - 2], to: numbers[numbers.length - 1] };
}

/** The draft's revision from its ETag ("2.3" → 3): above 1, it was edited since it was opened. */
export function draftRevision(etag: string | null | undefined): number | undefined {
  const match = /(\d+)\.(\d+)/.exec(etag ?? "");
  return match ? Number(match[2]) : undefined;
}
