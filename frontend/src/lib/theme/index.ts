export { antdTheme } from "./antd-theme";
export { THEME_MODES, THEME_STORAGE_KEY, type ThemeMode, isDark } from "./theme-mode";
export { useThemeMode } from "./use-theme-mode";
