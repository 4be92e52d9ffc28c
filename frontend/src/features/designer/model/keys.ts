// Keys address states, transitions and fields; the designer generates them and checks edits.
import { KEY_PATTERN } from "./constants";

export function isValidKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** The first of `prefix_1`, `prefix_2`, … not in `taken`. */
export function nextKey(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) {
    const key = `${prefix}_${n}`;
    if (!used.has(key)) return key;
  }
}

export type KeyProblem = "invalid" | "taken" | null;

/** Why `key` cannot replace `current` among `taken` (null when it can). */
export function keyProblem(key: string, current: string, taken: Iterable<string>): KeyProblem {
  if (!isValidKey(key)) return "invalid";
  if (key !== current && new Set(taken).has(key)) return "taken";
  return null;
}
