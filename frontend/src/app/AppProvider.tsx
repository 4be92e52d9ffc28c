import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider, theme } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { makeQueryClient } from "@/lib/query-client";
import { useThemeMode } from "@/lib/theme";
import "@/lib/i18n";

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

/** Query cache, Ant Design theme (light or dark, as the system or the person's switch says) and
 *  locale (following the i18next language), message/modal context. */
export function AppProvider({ children, queryClient: given }: { children: ReactNode; queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? makeQueryClient());
  const { i18n } = useTranslation();
  const { dark } = useThemeMode();
  const zh = i18n.language === "zh-CN";
  dayjs.locale(zh ? "zh-cn" : "en");
  useEffect(() => {
    // Native parts (scroll bars, form controls) and the app's own CSS (index.css) follow along.
    document.documentElement.dataset.theme = dark ? "dark" : "light";
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
  }, [dark]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={zh ? zhCN : enUS}
        theme={{
          algorithm: dark ? theme.darkAlgorithm : theme.defaultAlgorithm,
          token: dark ? DARK_TOKENS : LIGHT_TOKENS,
          components: dark ? undefined : LIGHT_COMPONENTS,
        }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
