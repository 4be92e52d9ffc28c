import {
  ApiOutlined,
  AuditOutlined,
  AppstoreOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileTextOutlined,
  PartitionOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { Badge, Flex, Menu, type MenuProps, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { ConsoleLayout } from "@/components/ConsoleLayout";
import { useMe } from "@/features/auth";
import { InboxBell } from "@/features/inbox";
import { useSsoLogout } from "@/features/sso";
import { useTicketCounts } from "@/features/tickets";

const VIEWS = ["todo", "created", "handled", "related", "all"] as const;

/** The tenant console's shell: side menu (with my to-do counts), header with user and language. */
export function TenantLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const counts = useTicketCounts(Boolean(me.data));
  const logout = useSsoLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const admin = Boolean(me.data?.is_tenant_admin);
  const view = new URLSearchParams(location.search).get("view") ?? "todo";

  // Badges count what still waits: my turn (red), my own requests still open (blue); none on the
  // history lists. "All tickets" is there only for those the server lets list them.
  const badge = (key: (typeof VIEWS)[number]) => {
    const count = key === "todo" || key === "created" ? counts.data?.[key] : undefined;
    if (!count) return null;
    return (
      <Badge
        count={count}
        overflowCount={999}
        color={key === "todo" ? "red" : "blue"}
        title={t(`menu.badges.${key}`, { count })}
        data-testid={`menu-${key}-count`}
      />
    );
  };
  const views = VIEWS.filter((key) => key !== "all" || counts.data?.can_list_all);
  const items: MenuProps["items"] = [
    {
      key: "work",
      icon: <FileTextOutlined />,
      label: t("menu.work"),
      children: [
        ...views.map((key) => ({
          key: `/tickets?view=${key}`,
          label: (
            <Link to={`/tickets?view=${key}`} data-testid={`menu-${key}`}>
              <Flex justify="space-between" align="center">
                {t(`menu.views.${key}`)}
                {badge(key)}
              </Flex>
            </Link>
          ),
        })),
        { key: "/tickets/new", label: <Link to="/tickets/new">{t("menu.newTicket")}</Link> },
        { key: "/delegations", label: <Link to="/delegations" data-testid="menu-delegations">{t("menu.delegations")}</Link> },
      ],
    },
    ...(admin
      ? [
          {
            key: "/workflows",
            icon: <PartitionOutlined />,
            label: <Link to="/workflows" data-testid="menu-workflows">{t("menu.workflows")}</Link>,
          },
          {
            key: "directory",
            icon: <TeamOutlined />,
            label: t("menu.directory"),
            children: ["users", "departments", "roles", "feeds"].map((key) => ({
              key: `/directory/${key}`,
              label: <Link to={`/directory/${key}`}>{t(`menu.${key}`)}</Link>,
            })),
          },
          {
            key: "integrations",
            icon: <ApiOutlined />,
            label: t("menu.integrations"),
            children: ["apps", "webhooks", "deliveries", "scripts", "notifications", "sso", "compat-v2"].map((key) => ({
              key: `/integrations/${key}`,
              label: <Link to={`/integrations/${key}`}>{t(`menu.${key}`)}</Link>,
            })),
          },
          {
            key: "/dashboard",
            icon: <DashboardOutlined />,
            label: <Link to="/dashboard" data-testid="menu-dashboard">{t("menu.dashboard")}</Link>,
          },
          {
            key: "/insight",
            icon: <BarChartOutlined />,
            label: <Link to="/insight">{t("menu.statistics")}</Link>,
          },
          {
            key: "/calendar",
            icon: <CalendarOutlined />,
            label: <Link to="/calendar" data-testid="menu-calendar">{t("menu.calendar")}</Link>,
          },
          {
            key: "/audit",
            icon: <AuditOutlined />,
            label: <Link to="/audit" data-testid="menu-audit">{t("menu.audit")}</Link>,
          },
        ]
      : []),
  ];
  // The menu item whose path is the longest prefix of this page's (so /workflows/3/design selects Workflows).
  const menuPaths = ["/tickets/new", "/delegations", "/profile", "/workflows", "/dashboard", "/insight", "/calendar", "/audit", "/directory/users", "/directory/departments", "/directory/roles", "/directory/feeds",
    ...["apps", "webhooks", "deliveries", "scripts", "notifications", "sso", "compat-v2"].map((key) => `/integrations/${key}`)];
  const selected =
    location.pathname === "/tickets"
      ? `/tickets?view=${view}`
      : (menuPaths.find((path) => location.pathname === path || location.pathname.startsWith(`${path}/`)) ?? location.pathname);
  const user = me.data?.user;

  return (
    <ConsoleLayout
      brand={{
        icon: <AppstoreOutlined style={{ fontSize: 22, color: "#1677ff" }} />,
        name: "Loonflow",
        size: 18,
        extra: <Typography.Text type="secondary">{me.data?.tenant}</Typography.Text>,
        to: "/",
      }}
      siderWidth={232}
      menu={<Menu mode="inline" items={items} selectedKeys={[selected]} defaultOpenKeys={["work", "directory", "integrations"]} />}
      user={user?.display_name || user?.username}
      userTestId="user-menu"
      headerExtra={<InboxBell />}
      profileTo="/profile"
      // After a provider login, out through the provider's logout (it comes back to /login).
      onSignOut={() => logout.mutate(undefined, { onSuccess: ({ redirect_to }) => (redirect_to.startsWith("/") ? navigate(redirect_to) : window.location.assign(redirect_to)) })}
    />
  );
}
