import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Flex, Input, Popconfirm, Select, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useDepartments } from "@/entities/departments";
import { useRoles } from "@/entities/roles";
import { type User, useDeactivateUser, useUpdateUser, useUsers } from "@/entities/users";
import { useCursorPages } from "@/lib/use-cursor-pages";
import { DepartmentTreeSelect } from "../components/DepartmentTreeSelect";
import { SyncCard } from "../components/SyncCard";
import { UserDrawer } from "../components/UserDrawer";

const PAGE_SIZE = 20;
type Status = "all" | "active" | "inactive";

/** Users: search and filter on the server, create and edit in a drawer, deactivate or reactivate. */
export function UsersPage() {
  const { t } = useTranslation("directory");
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const departmentId = Number(params.get("department")) || undefined;
  const roleId = Number(params.get("role")) || undefined;
  const status = (params.get("status") as Status | null) ?? "all";
  const filters = { q: q || undefined, department_id: departmentId, role_id: roleId, is_active: status === "all" ? undefined : status === "active" };
  const pages = useCursorPages(JSON.stringify(filters), PAGE_SIZE);
  const users = useUsers({ ...filters, cursor: pages.cursor, limit: PAGE_SIZE });
  const departments = useDepartments();
  const roles = useRoles();
  const deactivate = useDeactivateUser();
  const update = useUpdateUser();
  // The user stays set while the drawer closes, so its title does not change mid-animation.
  const [drawer, setDrawer] = useState<{ open: boolean; user: User | null }>({ open: false, user: null });

  const departmentNames = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d.name])), [departments.data]);
  const roleNames = useMemo(() => new Map((roles.data ?? []).map((r) => [r.id, r.name])), [roles.data]);

  const setFilter = (key: string, value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  return (
    <Page
      title={t("users.title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, user: null })} data-testid="user-create">
          {t("users.create")}
        </Button>
      }
    >
      <SyncCard />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={q}
          placeholder={t("users.searchPlaceholder")}
          aria-label={t("users.searchPlaceholder")}
          onSearch={(value) => setFilter("q", value.trim() || undefined)}
          style={{ width: 280 }}
          data-testid="user-search"
        />
        <DepartmentTreeSelect
          value={departmentId}
          onChange={(value) => setFilter("department", value ? String(value) : undefined)}
          placeholder={t("users.filterDepartment")}
          aria-label={t("users.filterDepartment")}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          value={roleId}
          onChange={(value?: number) => setFilter("role", value ? String(value) : undefined)}
          placeholder={t("users.filterRole")}
          aria-label={t("users.filterRole")}
          style={{ width: 180 }}
          optionFilterProp="label"
          showSearch
          options={(roles.data ?? []).map((role) => ({ value: role.id, label: role.name }))}
        />
        <Select<Status>
          value={status}
          onChange={(value) => setFilter("status", value === "all" ? undefined : value)}
          style={{ width: 160 }}
          aria-label={t("users.filterStatus")}
          options={(["all", "active", "inactive"] as const).map((value) => ({ value, label: t(`users.status.${value}`) }))}
        />
      </Flex>
      <ErrorAlert error={users.error} />
      <Table<User>
        rowKey="id"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        pagination={pages.pagination(users.data?.next_cursor)}
        locale={{ emptyText: q || departmentId || roleId ? t("users.emptyFiltered") : t("users.empty") }}
        scroll={{ x: 960 }}
        data-testid="user-table"
        columns={[
          {
            title: t("users.fields.user"),
            key: "user",
            render: (_, user) => (
              <Flex vertical>
                <Typography.Text strong>{user.display_name || user.username}</Typography.Text>
                <Typography.Text type="secondary">{user.username}</Typography.Text>
              </Flex>
            ),
          },
          { title: t("users.fields.email"), dataIndex: "email", ellipsis: true, render: (email: string) => email || "—" },
          { title: t("users.fields.phone"), dataIndex: "phone", width: 140, render: (phone: string) => phone || "—" },
          {
            title: t("users.fields.departments"),
            dataIndex: "department_ids",
            render: (ids: number[]) => ids.map((id) => <Tag key={id}>{departmentNames.get(id) ?? `#${id}`}</Tag>),
          },
          {
            title: t("users.fields.roles"),
            dataIndex: "role_ids",
            render: (ids: number[]) => ids.map((id) => <Tag key={id} color="geekblue">{roleNames.get(id) ?? `#${id}`}</Tag>),
          },
          {
            title: t("users.fields.status"),
            key: "status",
            render: (_, user) => (
              <Space size={4} wrap>
                {user.is_active ? <Tag color="green">{t("users.status.active")}</Tag> : <Tag>{t("users.status.inactive")}</Tag>}
                {user.is_tenant_admin ? <Tag color="gold">{t("users.adminTag")}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t("actions.title"),
            key: "actions",
            fixed: "right",
            width: 190,
            render: (_, user) => (
              <Space size={0}>
                <Button type="link" onClick={() => setDrawer({ open: true, user })} data-testid={`user-edit-${user.username}`}>
                  {t("actions.edit", { ns: "common" })}
                </Button>
                {user.is_active ? (
                  <Popconfirm
                    title={t("users.deactivateTitle", { name: user.display_name || user.username })}
                    description={t("users.deactivateText")}
                    okText={t("users.deactivate")}
                    okButtonProps={{ danger: true }}
                    cancelText={t("actions.cancel", { ns: "common" })}
                    onConfirm={() =>
                      deactivate.mutateAsync(user.id).then(
                        () => message.success(t("users.deactivated")),
                        (error: Error) => message.error(error.message),
                      )
                    }
                  >
                    <Button type="link" danger data-testid={`user-deactivate-${user.username}`}>
                      {t("users.deactivate")}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button
                    type="link"
                    onClick={() =>
                      update.mutate(
                        { id: user.id, body: { is_active: true } },
                        { onSuccess: () => message.success(t("users.reactivated")), onError: (error) => message.error(error.message) },
                      )
                    }
                  >
                    {t("users.reactivate")}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <UserDrawer open={drawer.open} user={drawer.user} onClose={() => setDrawer((current) => ({ ...current, open: false }))} />
    </Page>
  );
}
