import { useSyncExternalStore } from "react";
import { type ThemeMode, isDark, setThemeMode, storedThemeMode, subscribeSystemScheme, subscribeThemeMode, systemPrefersDark } from "./theme-mode";

/** The chosen mode, whether the page is dark now, and a setter (remembered in localStorage). */
export function useThemeMode(): { mode: ThemeMode; dark: boolean; setMode: (mode: ThemeMode) => void } {
  const mode = useSyncExternalStore(subscribeThemeMode, storedThemeMode, () => "system" as ThemeMode);
  const systemDark = useSyncExternalStore(subscribeSystemScheme, systemPrefersDark, () => false);
  return { mode, dark: isDark(mode, systemDark), setMode: setThemeMode };
}
