import { useTranslation } from "react-i18next";
import { Page } from "@/components/Page";
import { ChannelsCard } from "../components/ChannelsCard";
import { NotificationLog } from "../components/NotificationLog";

/** Notification channels and the log of recent notifications. */
export function NotificationsPage() {
  const { t } = useTranslation("integrations");
  return (
    <Page title={t("notifications.pageTitle")}>
      <ChannelsCard />
      <NotificationLog />
    </Page>
  );
}
