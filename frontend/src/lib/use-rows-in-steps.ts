import { startTransition, useEffect, useState } from "react";

/**
 * A list's rows a few at a time: the first `step` with the page, then `step` more in each following
 * task, each a transition of its own. On a phone twenty cards drawn (and laid out) in one piece were the
 * page's longest task; in steps, no task draws more than a screenful, and input is answered between
 * them. Only ever grows: a new page of the same length, or a refresh, shows at once.
 */
export function useRowsInSteps<T>(rows: T[], enabled: boolean, step = 5): T[] {
  const [count, setCount] = useState(step);
  const missing = enabled && count < rows.length;
  useEffect(() => {
    if (!missing) return undefined;
    const timer = setTimeout(() => startTransition(() => setCount((shown) => shown + step)), 0);
    return () => clearTimeout(timer);
  }, [missing, count, step]);
  return enabled && missing ? rows.slice(0, count) : rows;
}
