import { App, Card, Select, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { browserLanguage, languageFromServer, rememberLanguage } from "@/lib/i18n";
import { useUpdateProfile } from "../api/use-update-profile";
import type { Me, ServerLanguage } from "../types";


/** My language: the server writes my messages, e-mails and chat texts in it, and this SPA switches to it. */
export function LanguageSection({ me }: { me: Me }) {
  const { t } = useTranslation("profile");
  const { message } = App.useApp();
  const update = useUpdateProfile();
  const chosen = (me.user?.language ?? "") as ServerLanguage;

  const choose = (language: ServerLanguage) =>
    update.mutate(
      { language },
      {
        onSuccess: () => {
          // Saved already: the header's "save what I pick" listener need not hear of it.
          rememberLanguage(languageFromServer(language) ?? browserLanguage(), { chosen: false });
          void message.success(t("language.saved"));
        },
      },
    );
  return (
    <Card title={t("language.title")} data-testid="profile-language">
      <Space direction="vertical" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t("language.intro")}</Typography.Text>
        <label htmlFor="profile-language-select">{t("language.label")}</label>
        <Select<ServerLanguage>
          id="profile-language-select"
          value={chosen}
          onChange={choose}
          loading={update.isPending}
          style={{ width: 240 }}
          data-testid="profile-language-select"
          options={[
            { value: "", label: t("language.browser") },
            { value: "en", label: "English" },
            { value: "zh-hans", label: "简体中文" },
          ]}
        />
        {update.isError ? <ErrorAlert error={update.error} /> : null}
      </Space>
    </Card>
  );
}
