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

/** Query cache, Ant Design theme and locale (following the i18next language), message/modal context. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const { i18n } = useTranslation();
  const zh = i18n.language === "zh-CN";
  dayjs.locale(zh ? "zh-cn" : "en");
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zh ? zhCN : enUS} theme={{ token: { colorPrimary: "#1677ff", borderRadius: 6 } }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
