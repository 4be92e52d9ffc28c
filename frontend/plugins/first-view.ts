// What the backend needs to draw a page's first view (core/first_view.py) the way the console draws
// it: Ant Design's class for the console's theme, the icons the two pages show, and the texts of the
// `common` and `tickets` namespaces in every language. One source for each: the theme, the installed
// icon set and src/locales. Written to dist/.vite/first-view.json beside Vite's manifest.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Plugin } from "vite";

const require = createRequire(import.meta.url);
const LOCALES = join(import.meta.dirname, "../src/locales");
const NAMESPACES = ["common", "tickets", "inbox"];
// Icon name (as the server's templates use it) -> @ant-design/icons-svg module.
const ICONS: Record<string, string> = {
  menu: "MenuOutlined",
  bell: "BellOutlined",
  global: "GlobalOutlined",
  "bg-colors": "BgColorsOutlined",
  "question-circle": "QuestionCircleOutlined",
  user: "UserOutlined",
  down: "DownOutlined",
  save: "SaveOutlined",
  download: "DownloadOutlined",
  reload: "ReloadOutlined",
  plus: "PlusOutlined",
  filter: "FilterOutlined",
  check: "CheckOutlined",
  close: "CloseOutlined",
  left: "LeftOutlined",
  right: "RightOutlined",
  "arrow-left": "ArrowLeftOutlined",
  copy: "CopyOutlined",
};

function icons(): Record<string, string> {
  const { renderIconDefinitionToSVGElement } = require("@ant-design/icons-svg/lib/helpers");
  const attrs = { width: "1em", height: "1em", fill: "currentColor", "aria-hidden": "true", focusable: "false" };
  return Object.fromEntries(
    Object.entries(ICONS).map(([name, module]) => [
      name,
      renderIconDefinitionToSVGElement(require(`@ant-design/icons-svg/lib/asn/${module}`).default, { extraSVGAttrs: attrs }),
    ]),
  );
}

function texts(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    readdirSync(LOCALES).map((language) => [
      language,
      Object.fromEntries(NAMESPACES.map((namespace) => [namespace, JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), "utf8"))])),
    ]),
  );
}

/** `antdClass`: Ant Design's hashed class for the console's light theme (from antd-static-css's output). */
export function firstView(antdClass: () => string | undefined): Plugin {
  return {
    name: "loonflow-first-view",
    apply: "build",
    generateBundle() {
      const hashed = antdClass();
      // Without the build-time Ant Design styles a first view would paint unstyled: none then.
      if (!hashed) return;
      const source = JSON.stringify({ antdClass: hashed, icons: icons(), texts: texts() });
      this.emitFile({ type: "asset", fileName: ".vite/first-view.json", source });
    },
  };
}
