import { BgColorsOutlined, DesktopOutlined, MoonOutlined, SunOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { useTranslation } from "react-i18next";
import { THEME_MODES, type ThemeMode, useThemeMode } from "@/lib/theme";

const ICONS: Record<ThemeMode, React.ReactNode> = { system: <DesktopOutlined />, light: <SunOutlined />, dark: <MoonOutlined /> };

/** The header's colour scheme switch: follow the system, or always light, or always dark (remembered). */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const { mode, setMode } = useThemeMode();
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        selectable: true,
        selectedKeys: [mode],
        items: THEME_MODES.map((key) => ({ key, icon: ICONS[key], label: t(`theme.${key}`), "data-testid": `theme-${key}` })),
        onClick: ({ key }) => setMode(key as ThemeMode),
      }}
    >
      <Button
        type="text"
        icon={mode === "system" ? <BgColorsOutlined /> : ICONS[mode]}
        aria-label={t("theme.label", { mode: t(`theme.${mode}`) })}
        title={t("theme.label", { mode: t(`theme.${mode}`) })}
        data-testid="theme-switch"
      />
    </Dropdown>
  );
}
