import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Input, Popconfirm, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { type Role, useDeleteRole, useRoles } from "@/entities/roles";
import { RoleDrawer } from "../components/RoleDrawer";

/** Roles: a table (filtered as you type), create and edit in a drawer with the members. */
export function RolesPage() {
  const { t } = useTranslation("directory");
  const { message } = App.useApp();
  const roles = useRoles();
  const remove = useDeleteRole();
  const [search, setSearch] = useState("");
  const [drawer, setDrawer] = useState<{ open: boolean; roleId: number | null }>({ open: false, roleId: null });
  const needle = search.trim().toLowerCase();
  const rows = (roles.data ?? []).filter(
    (role) => !needle || role.name.toLowerCase().includes(needle) || role.code.toLowerCase().includes(needle),
  );
  // Read the role from the list each render, so its member count follows the changes made in the drawer.
  const editing = roles.data?.find((role) => role.id === drawer.roleId) ?? null;

  return (
    <Page
      title={t("roles.title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, roleId: null })} data-testid="role-create">
          {t("roles.create")}
        </Button>
      }
    >
      <Input.Search
        allowClear
        placeholder={t("roles.filter")}
        aria-label={t("roles.filter")}
        onChange={(event) => setSearch(event.target.value)}
        style={{ width: 280, marginBottom: 16 }}
      />
      <ErrorAlert error={roles.error ?? remove.error} />
      <Table<Role>
        rowKey="id"
        loading={roles.isPending}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: needle ? t("roles.noMatch") : t("roles.empty") }}
        data-testid="role-table"
        columns={[
          { title: t("roles.fields.name"), dataIndex: "name", sorter: (a, b) => a.name.localeCompare(b.name) },
          { title: t("roles.fields.code"), dataIndex: "code", render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          { title: t("roles.fields.description"), dataIndex: "description", ellipsis: true, render: (text: string) => text || "—" },
          {
            title: t("roles.fields.members"),
            dataIndex: "member_count",
            align: "right",
            sorter: (a, b) => a.member_count - b.member_count,
            render: (count: number, role) => <Link to={`/directory/users?role=${role.id}`}>{count}</Link>,
          },
          {
            title: t("actions.title"),
            key: "actions",
            width: 170,
            render: (_, role) => (
              <Space size={0}>
                <Button type="link" onClick={() => setDrawer({ open: true, roleId: role.id })} data-testid={`role-edit-${role.code}`}>
                  {t("actions.edit", { ns: "common" })}
                </Button>
                <Popconfirm
                  title={t("roles.deleteTitle", { name: role.name })}
                  description={t("roles.deleteText", { count: role.member_count })}
                  okText={t("actions.delete", { ns: "common" })}
                  okButtonProps={{ danger: true }}
                  cancelText={t("actions.cancel", { ns: "common" })}
                  onConfirm={() =>
                    remove.mutateAsync(role.id).then(() => message.success(t("roles.deleted")), () => undefined)
                  }
                >
                  <Button type="link" danger>
                    {t("actions.delete", { ns: "common" })}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <RoleDrawer
        open={drawer.open}
        role={editing}
        onClose={() => setDrawer((current) => ({ ...current, open: false }))}
      />
    </Page>
  );
}
