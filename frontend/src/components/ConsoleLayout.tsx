import { IdcardOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Dropdown, Layout, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useNavigate } from "react-router";
import { LanguageSwitch } from "./LanguageSwitch";

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
 *  language and the signed-in person, the page below. */
export function ConsoleLayout({ brand, siderWidth, menu, user, userTestId, onSignOut, headerExtra, profileTo }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const userItems = [
    ...(profileTo ? [{ key: "profile", icon: <IdcardOutlined />, label: <span data-testid="user-menu-profile">{t("profile")}</span> }] : []),
    { key: "logout", icon: <LogoutOutlined />, label: t("signOut") },
  ];
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider width={siderWidth} theme="light" breakpoint="lg" collapsedWidth={0} style={{ borderRight: "1px solid #f0f0f0" }}>
        <Link to={brand.to} style={{ display: "flex", alignItems: "center", gap: 8, padding: "16px 20px" }}>
          {brand.icon}
          <Typography.Text strong style={{ fontSize: brand.size }}>
            {brand.name}
          </Typography.Text>
          {brand.extra}
        </Link>
        {menu}
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: "#fff", padding: "0 24px", borderBottom: "1px solid #f0f0f0", display: "flex", justifyContent: "flex-end", alignItems: "center", gap: 12 }}
        >
          {headerExtra}
          <LanguageSwitch />
          <Dropdown menu={{ items: userItems, onClick: ({ key }) => (key === "profile" && profileTo ? navigate(profileTo) : onSignOut()) }}>
            <Button type="text" icon={<UserOutlined />} data-testid={userTestId}>
              {user}
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ background: "#f5f5f5" }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
