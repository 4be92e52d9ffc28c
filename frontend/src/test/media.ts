// Pretend to be another screen in a test: a width (antd's breakpoints follow) and a colour scheme.
import { vi } from "vitest";

/** Answer media queries as a screen `width` px wide that prefers `scheme` would (until vi.unstubAllGlobals
 *  or the next call); listeners are accepted and never called. */
export function pretendScreen(width: number, scheme: "light" | "dark" = "light"): void {
  const matches = (query: string) => {
    const min = /min-width:\s*(\d+)px/.exec(query);
    const max = /max-width:\s*(\d+)px/.exec(query);
    const dark = /prefers-color-scheme:\s*dark/.test(query);
    if (dark) return scheme === "dark";
    if (/prefers-color-scheme:\s*light/.test(query)) return scheme === "light";
    return (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
  };
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: matches(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }));
}
