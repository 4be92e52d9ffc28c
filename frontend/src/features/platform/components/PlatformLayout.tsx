import { ClusterOutlined, DeploymentUnitOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Dropdown, Layout, Menu, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { usePlatformLogout, usePlatformMe } from "../api/session";

/** The platform console's shell: side menu, header with the language and the signed-in admin. */
export function PlatformLayout() {
  const { t } = useTranslation("platform");
  const me = usePlatformMe();
  const logout = usePlatformLogout();
  const navigate = useNavigate();
  const location = useLocation();

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider width={220} theme="light" breakpoint="lg" collapsedWidth={0} style={{ borderRight: "1px solid #f0f0f0" }}>
        <Link to="/tenants" style={{ display: "flex", alignItems: "center", gap: 8, padding: "16px 20px" }}>
          <DeploymentUnitOutlined style={{ fontSize: 22, color: "#1677ff" }} />
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t("brand")}
          </Typography.Text>
        </Link>
        <Menu
          mode="inline"
          selectedKeys={location.pathname.startsWith("/tenants") ? ["tenants"] : []}
          items={[
            {
              key: "tenants",
              icon: <ClusterOutlined />,
              label: (
                <Link to="/tenants" data-testid="menu-tenants">
                  {t("menu.tenants")}
                </Link>
              ),
            },
          ]}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: "#fff", padding: "0 24px", borderBottom: "1px solid #f0f0f0", display: "flex", justifyContent: "flex-end", alignItems: "center", gap: 12 }}
        >
          <LanguageSwitch />
          <Dropdown
            menu={{
              items: [{ key: "logout", icon: <LogoutOutlined />, label: t("signOut", { ns: "common" }) }],
              onClick: () => logout.mutate(undefined, { onSuccess: () => navigate("/login") }),
            }}
          >
            <Button type="text" icon={<UserOutlined />} data-testid="platform-user-menu">
              {me.data?.username}
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
