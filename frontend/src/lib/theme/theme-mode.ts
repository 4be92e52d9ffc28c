// The colour scheme: the person's choice (system / light / dark), kept in localStorage, and the
// system's own preference (prefers-color-scheme) that "system" follows.
import { rememberForFirstView } from "../first-view";

export const THEME_MODES = ["system", "light", "dark"] as const;
export type ThemeMode = (typeof THEME_MODES)[number];

export const THEME_STORAGE_KEY = "loonflow.theme";

const DARK_QUERY = "(prefers-color-scheme: dark)";

const listeners = new Set<() => void>();

export function storedThemeMode(): ThemeMode {
  const stored = globalThis.localStorage?.getItem(THEME_STORAGE_KEY);
  return stored && (THEME_MODES as readonly string[]).includes(stored) ? (stored as ThemeMode) : "system";
}

/** Remember the choice and tell every subscriber (the app's theme and the switch). */
export function setThemeMode(mode: ThemeMode): void {
  if (mode === "system") globalThis.localStorage?.removeItem(THEME_STORAGE_KEY);
  else globalThis.localStorage?.setItem(THEME_STORAGE_KEY, mode);
  rememberForFirstView({ theme: mode });
  for (const listener of listeners) listener();
}

export function subscribeThemeMode(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab's choice counts too.
  const onStorage = (event: StorageEvent) => event.key === THEME_STORAGE_KEY && listener();
  globalThis.addEventListener?.("storage", onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.("storage", onStorage);
  };
}

export function systemPrefersDark(): boolean {
  return Boolean(globalThis.matchMedia?.(DARK_QUERY).matches);
}

export function subscribeSystemScheme(listener: () => void): () => void {
  const query = globalThis.matchMedia?.(DARK_QUERY);
  query?.addEventListener?.("change", listener);
  return () => query?.removeEventListener?.("change", listener);
}

/** Whether a mode shows dark, given what the system prefers. */
export const isDark = (mode: ThemeMode, systemDark: boolean) => mode === "dark" || (mode === "system" && systemDark);
