import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "@/components/Page";
import { NotificationPreferences } from "../components/NotificationPreferences";

/** /inbox/settings: my notification preferences. */
export function InboxSettingsPage() {
  const { t } = useTranslation("inbox");
  return (
    <Page title={t("preferences.pageTitle")} extra={<Link to="/inbox">{t("back")}</Link>}>
      <NotificationPreferences />
    </Page>
  );
}
