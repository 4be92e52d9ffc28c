import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { type Language, rememberLanguage } from "@/lib/i18n";

const LABELS: Record<Language, string> = { en: "English", "zh-CN": "简体中文" };

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <Select
      aria-label={t("language")}
      size="small"
      value={i18n.language as Language}
      onChange={(value: Language) => rememberLanguage(value)}
      options={Object.entries(LABELS).map(([value, label]) => ({ value, label }))}
      style={{ width: 110 }}
      data-testid="language-switch"
    />
  );
}
