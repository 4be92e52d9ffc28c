import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { makeQueryClient } from "@/lib/query-client";
import "@/lib/i18n";

// Ant Design's default blue, red and grey text fall short of WCAG AA contrast (4.5:1) on white and on
// the page's #f5f5f5 (Lighthouse's accessibility audit): one shade darker each, same look otherwise.
const THEME = {
  token: {
    colorPrimary: "#0958d9",
    colorInfo: "#0958d9",
    colorLink: "#0958d9",
    colorError: "#cf1322",
    colorTextTertiary: "rgba(0, 0, 0, 0.62)",
    colorTextDescription: "rgba(0, 0, 0, 0.62)",
    borderRadius: 6,
  },
};

/** Query cache, Ant Design theme and locale (following the i18next language), message/modal context. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const { i18n } = useTranslation();
  const zh = i18n.language === "zh-CN";
  dayjs.locale(zh ? "zh-cn" : "en");
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zh ? zhCN : enUS} theme={THEME}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
