// Ant Design 5 writes its styles at run time (CSS-in-JS): the first time a component type mounts, it
// computes the style from the theme, serialises it and inserts a <style> tag, and every insert makes
// the browser recompute styles. On a phone that is a large part of the main thread while the first
// page renders (Lighthouse: a third of the to-do page's script time).
//
// This plugin renders the components the console uses once, at build time, in Node with the same
// theme (src/lib/theme/antd-theme.ts, light), and writes what Ant Design produced into a content-hashed
// stylesheet linked from index.html. The stylesheet ends with Ant Design's own "cache path" record
// (`.data-ant-cssinjs-cache-path{content:…}`): when a component's style is listed there, the browser
// side skips computing and inserting it. Anything not listed (the dark theme, a component missing
// from the list below) is still produced at run time, as before, so a gap costs speed, never looks.
import { createHash } from "node:crypto";
import type { ReactNode } from "react";
import type { Plugin } from "vite";

type Antd = typeof import("antd");

/** The components the console's frame (header, menu drawer, user menu, language picker) and its two
 *  most visited pages (the to-do list, a ticket) mount: measured in the browser (the <style> tags a
 *  page got before this plugin). Other pages' components keep being styled at run time; adding one
 *  here trades a larger stylesheet on every first visit for less work on that page. Pop-ups are
 *  rendered closed: that registers their styles (with the page's theme), as it does in the browser. */
function criticalComponents(antd: Antd, h: typeof import("react").createElement): ReactNode[] {
  const { Typography, Layout, Space } = antd;
  const child = h("span", null, "c");
  const row = { key: 1, name: "row" };
  return [
    h(antd.App, null, h(Layout, null, h(Layout.Header), h(Layout.Sider), h(Layout.Content))),
    h(Typography.Title, null, "t"),
    h(Typography.Text, null, "t"),
    h(Typography.Link, null, "t"),
    h(antd.Button, null, "b"),
    h(Space, null, "s"),
    h(antd.Flex, null, "f"),
    h(antd.Select, { options: [] }),
    h(antd.Card, { title: "c" }, "c"),
    h(antd.Tag, null, "t"),
    h(antd.Tag, { color: "green" }, "t"),
    h(antd.Tag, { color: "success" }, "t"),
    h(antd.Table, { columns: [{ title: "n", dataIndex: "name" }], dataSource: [row], rowSelection: {}, pagination: { total: 100 } }),
    h(antd.Empty, null),
    h(antd.Spin, null),
    h(antd.Badge, { count: 1 }),
    h(antd.Checkbox, null),
    h(antd.Descriptions, { items: [{ key: 1, label: "l", children: "c" }] }),
    h(antd.Timeline, { items: [{ children: "a" }] }),
    h(antd.Row, null, h(antd.Col, { span: 12 })),
    h(antd.Tooltip, { title: "t" }, child),
    h(antd.Popover, { content: "c" }, child),
    h(antd.Popconfirm, { title: "t" }, child),
    h(antd.Dropdown, { menu: { items: [{ key: "a", label: "a" }] } }, child),
    h(antd.Modal, { open: false }),
    h(antd.Drawer, { open: false }),
  ];
}

/** The light theme's styles of those, with Ant Design's cache-path record at the end. */
async function renderStyles(): Promise<string> {
  const [antdModule, cssinjs, react, server, { antdTheme }] = await Promise.all([
    import("antd"),
    import("@ant-design/cssinjs"),
    import("react"),
    import("react-dom/server"),
    import("../src/lib/theme/antd-theme"),
  ]);
  // Node loads these CommonJS packages: their exports sit on `default`.
  const antd = ((antdModule as { default?: Antd }).default ?? antdModule) as Antd;
  type CssInJs = typeof import("@ant-design/cssinjs");
  const { createCache, extractStyle, StyleProvider } = ((cssinjs as unknown as { default?: CssInJs }).default ?? cssinjs) as CssInJs;
  const h = react.createElement;
  const cache = createCache();
  server.renderToString(
    h(StyleProvider, { cache }, h(antd.ConfigProvider, { theme: antdTheme(false) }, ...criticalComponents(antd, h))),
  );
  return extractStyle(cache, { plain: true, types: "style" });
}

/** The plugin, and Ant Design's hashed class of the theme it rendered (`css-…`; undefined until the
 *  build has started, or when the plugin is off). */
export function antdStaticCss(): Plugin & { hashClass: () => string | undefined } {
  let fileName = "";
  let css = "";
  return {
    hashClass: () => /:where\(\.(css-[a-z0-9]+)\)/.exec(css)?.[1],
    name: "loonflow-antd-static-css",
    // ANTD_RUNTIME_STYLES=1 builds without it (to compare).
    apply: (_config, { command }) => command === "build" && process.env.ANTD_RUNTIME_STYLES !== "1",
    async buildStart() {
      css = await renderStyles();
      fileName = `assets/antd-${createHash("sha256").update(css).digest("hex").slice(0, 8)}.css`;
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName, source: css });
    },
    transformIndexHtml: {
      order: "post",
      // Before the console's own stylesheet, as the run-time styles were (index.css may override them).
      handler: () => [{ tag: "link", attrs: { rel: "stylesheet", href: `/${fileName}` }, injectTo: "head-prepend" }],
    },
  };
}
