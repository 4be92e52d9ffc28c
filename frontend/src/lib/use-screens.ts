import { useEffect, useState } from "react";

type Screen = "xs" | "sm" | "md" | "lg" | "xl" | "xxl";
export type Screens = Partial<Record<Screen, boolean>>;

// Ant Design's breakpoints (its default tokens; the theme does not change them).
const QUERIES: Record<Screen, string> = {
  xs: "(max-width: 575px)",
  sm: "(min-width: 576px)",
  md: "(min-width: 768px)",
  lg: "(min-width: 992px)",
  xl: "(min-width: 1200px)",
  xxl: "(min-width: 1600px)",
};

function currentScreens(): Screens {
  if (typeof window === "undefined" || !window.matchMedia) return {};
  return Object.fromEntries(Object.entries(QUERIES).map(([name, query]) => [name, window.matchMedia(query).matches]));
}

/**
 * Which of Ant Design's breakpoints the window reaches, like `Grid.useBreakpoint`, but right from the
 * first render: antd's hook knows none until its first effect, so a phone first rendered (and laid
 * out) the desktop version (side bar, 1,600 px table), then the phone one.
 */
export function useScreens(): Screens {
  const [screens, setScreens] = useState(currentScreens);
  useEffect(() => {
    const lists = Object.values(QUERIES).map((query) => window.matchMedia(query));
    const update = () => setScreens(currentScreens());
    for (const list of lists) list.addEventListener("change", update);
    return () => {
      for (const list of lists) list.removeEventListener("change", update);
    };
  }, []);
  return screens;
}
