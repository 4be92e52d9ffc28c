import { IdcardOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Drawer, Dropdown, Layout, Typography, theme } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { LanguageSwitch } from "./LanguageSwitch";
import { ShortcutHelp } from "./ShortcutHelp";
import { ThemeSwitch } from "./ThemeSwitch";
import { useScreens } from "@/lib/use-screens";

type Props = {
  /** The brand in the side bar's top left: its icon, its name and what follows (the tenant, say). */
  brand: { icon: ReactNode; name: ReactNode; size: number; extra?: ReactNode; to: string };
  siderWidth: number;
  /** The side menu. */
  menu: ReactNode;
  /** The signed-in person's name, on the menu that signs out. */
  user: ReactNode;
  userTestId: string;
  onSignOut: () => void;
  /** What the header shows before the language switch (the tenant console's inbox bell). */
  headerExtra?: ReactNode;
  /** Where the user menu's "Profile" leads (no such entry without it). */
  profileTo?: string;
};

/** A console's shell (tenant and platform alike): side bar with brand and menu, a header with the

 *  language, theme, shortcut help and the signed-in person (with their profile), the page below. Below
 *  992 px (antd's `lg`) the side bar becomes a drawer that a header button opens and any navigation closes. */
export function ConsoleLayout({ brand, siderWidth, menu, user, userTestId, onSignOut, headerExtra, profileTo }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const userItems = [
    ...(profileTo ? [{ key: "profile", icon: <IdcardOutlined />, label: <span data-testid="user-menu-profile">{t("profile")}</span> }] : []),
    { key: "logout", icon: <LogoutOutlined />, label: t("signOut") },
  ];
  const { token } = theme.useToken();
  const screens = useScreens();
  // Known from the first render (useScreens), so a phone never lays out the side bar first.
  const narrow = screens.lg === false;
  const location = useLocation();
  // The drawer is open for the page it was opened on: navigating anywhere closes it.
  const [openedAt, setOpenedAt] = useState<string>();
  const drawerOpen = narrow && openedAt === location.key;

  const sideBar = (
    <nav aria-label={t("mainMenu")} data-testid="main-menu">
      <Link to={brand.to} style={{ display: "flex", alignItems: "center", gap: 8, padding: "16px 20px" }}>
        {brand.icon}
        <Typography.Text strong style={{ fontSize: brand.size }}>
          {brand.name}
        </Typography.Text>
        {brand.extra}
      </Link>
      {menu}
    </nav>
  );
  return (
    <Layout style={{ minHeight: "100vh" }}>
      {narrow ? (
        <Drawer
          placement="left"
          width={Math.min(siderWidth + 48, 320)}
          open={drawerOpen}
          onClose={() => setOpenedAt(undefined)}
          closeIcon={null}
          styles={{ body: { padding: 0 } }}
          rootClassName="console-menu-drawer"
          data-testid="menu-drawer"
        >
          {sideBar}
        </Drawer>
      ) : (
        <Layout.Sider width={siderWidth} theme="light" style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}>
          {sideBar}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: narrow ? "0 8px" : "0 24px",
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            display: "flex",
            alignItems: "center",
            gap: narrow ? 4 : 12,
          }}
        >
          {narrow ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t("openMenu")}
              aria-expanded={drawerOpen}
              onClick={() => setOpenedAt(location.key)}
              data-testid="menu-toggle"
            />
          ) : null}
          <div style={{ flex: 1 }} />
          {headerExtra}
          <LanguageSwitch />
          <ThemeSwitch />
          <ShortcutHelp />
          <Dropdown menu={{ items: userItems, onClick: ({ key }) => (key === "profile" && profileTo ? navigate(profileTo) : onSignOut()) }}>
            <Button type="text" icon={<UserOutlined />} data-testid={userTestId} aria-label={narrow && typeof user === "string" ? user : undefined}>
              {narrow ? null : user}
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ background: token.colorBgLayout, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
