import { theme, type ThemeConfig } from "antd";

// Ant Design's default blue, red and grey text fall short of WCAG AA contrast (4.5:1) on white and on
// the page's #f5f5f5 (Lighthouse's accessibility audit): one shade darker each, same look otherwise.
// The dark algorithm derives its own (light-on-dark) shades, so these apply to the light theme only.
const LIGHT_TOKENS = {
  colorPrimary: "#0958d9",
  colorInfo: "#0958d9",
  colorLink: "#0958d9",
  colorError: "#cf1322",
  colorTextTertiary: "rgba(0, 0, 0, 0.62)",
  colorTextDescription: "rgba(0, 0, 0, 0.62)",
  borderRadius: 6,
};
// Tags write green, gold and the status colours on their pale shade (3.4:1 and less): the next darker
// shade for the text; an empty table's "no data" is written in the disabled grey (1.9:1).
const LIGHT_COMPONENTS = {
  Tag: { colorSuccess: "#237804", colorWarning: "#ad4e00", green7: "#237804", gold7: "#874d00", orange7: "#ad4e00" },
  Table: { colorTextDisabled: "rgba(0, 0, 0, 0.62)" },
};
const DARK_TOKENS = { colorPrimary: "#1677ff", borderRadius: 6 };

/** The console's Ant Design theme. The build renders the light one ahead of time into a static
 *  stylesheet (plugins/antd-static-css.ts): keep this the only place the theme is defined. */
export function antdTheme(dark: boolean): ThemeConfig {
  return {
    algorithm: dark ? theme.darkAlgorithm : theme.defaultAlgorithm,
    token: dark ? DARK_TOKENS : LIGHT_TOKENS,
    components: dark ? undefined : LIGHT_COMPONENTS,
  };
}
