import { AuditOutlined, ClusterOutlined, DeploymentUnitOutlined } from "@ant-design/icons";
import { Menu } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { ConsoleLayout } from "@/components/ConsoleLayout";
import { usePlatformLogout, usePlatformMe } from "../api/session";

/** The platform console's shell: side menu, header with the language and the signed-in admin. */
export function PlatformLayout() {
  const { t } = useTranslation("platform");
  const me = usePlatformMe();
  const logout = usePlatformLogout();
  const navigate = useNavigate();
  const location = useLocation();

  return (
    <ConsoleLayout
      brand={{ icon: <DeploymentUnitOutlined style={{ fontSize: 22, color: "#1677ff" }} />, name: t("brand"), size: 16, to: "/tenants" }}
      siderWidth={220}
      menu={
        <Menu
          mode="inline"
          selectedKeys={["tenants", "audit"].filter((key) => location.pathname.startsWith(`/${key}`))}
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
            {
              key: "audit",
              icon: <AuditOutlined />,
              label: (
                <Link to="/audit" data-testid="menu-audit">
                  {t("menu.audit")}
                </Link>
              ),
            },
          ]}
        />
      }
      user={me.data?.username}
      userTestId="platform-user-menu"
      onSignOut={() => logout.mutate(undefined, { onSuccess: () => navigate("/login") })}
    />
  );
}
