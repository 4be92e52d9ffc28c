import { GlobalOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { useTranslation } from "react-i18next";
import { type Language, rememberLanguage } from "@/lib/i18n";

const LABELS: Record<Language, string> = { en: "English", "zh-CN": "简体中文" };

/** The header's language menu. A menu button rather than a select: the frame then needs no select
 *  component on a first visit (it is a large part of what a phone downloads before the first page). */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const current = i18n.language as Language;
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        selectable: true,
        selectedKeys: [current],
        items: Object.entries(LABELS).map(([key, label]) => ({ key, label: <span title={label}>{label}</span>, lang: key })),
        onClick: ({ key }) => rememberLanguage(key as Language),
      }}
    >
      <Button size="small" icon={<GlobalOutlined />} aria-label={`${t("language")}: ${LABELS[current]}`} data-testid="language-switch">
        {LABELS[current]}
      </Button>
    </Dropdown>
  );
}
