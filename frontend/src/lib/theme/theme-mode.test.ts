import { act, renderHook } from "@testing-library/react";
import { pretendScreen } from "@/test/media";
import { THEME_STORAGE_KEY, isDark, setThemeMode, storedThemeMode } from "./theme-mode";
import { useThemeMode } from "./use-theme-mode";

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

test("the mode is remembered in localStorage; 'system' (the default) is not stored", () => {
  expect(storedThemeMode()).toBe("system");
  setThemeMode("dark");
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
  expect(storedThemeMode()).toBe("dark");
  setThemeMode("system");
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  localStorage.setItem(THEME_STORAGE_KEY, "purple");
  expect(storedThemeMode()).toBe("system");
});

test("'system' follows prefers-color-scheme, the others do not", () => {
  expect(isDark("system", true)).toBe(true);
  expect(isDark("system", false)).toBe(false);
  expect(isDark("light", true)).toBe(false);
  expect(isDark("dark", false)).toBe(true);
});

test("the hook follows the system's scheme and every change of the switch", () => {
  pretendScreen(1440, "dark");
  const { result } = renderHook(() => useThemeMode());
  expect(result.current).toMatchObject({ mode: "system", dark: true });
  act(() => result.current.setMode("light"));
  expect(result.current).toMatchObject({ mode: "light", dark: false });
  act(() => setThemeMode("dark"));
  expect(result.current).toMatchObject({ mode: "dark", dark: true });
});
