import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { makeQueryClient } from "@/lib/query-client";
import { antdTheme, useThemeMode } from "@/lib/theme";
import "@/lib/i18n";

/** Query cache, Ant Design theme (light or dark, as the system or the person's switch says) and
 *  locale (following the i18next language), message/modal context. */
export function AppProvider({ children, queryClient: given }: { children: ReactNode; queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? makeQueryClient());
  const { i18n } = useTranslation();
  const { dark } = useThemeMode();
  const zh = i18n.language === "zh-CN";
  const themeConfig = useMemo(() => antdTheme(dark), [dark]);
  dayjs.locale(zh ? "zh-cn" : "en");
  useEffect(() => {
    // Native parts (scroll bars, form controls) and the app's own CSS (index.css) follow along.
    document.documentElement.dataset.theme = dark ? "dark" : "light";
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
  }, [dark]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zh ? zhCN : enUS} theme={themeConfig}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
