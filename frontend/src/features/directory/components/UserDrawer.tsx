import { App, Flex, Form, Input, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { FormDrawer } from "@/components/FormDrawer";
import { useRoles } from "@/entities/roles";
import { type User, useCreateUser, useUpdateUser } from "@/entities/users";
import { maxRules } from "@/lib/form-rules";
import { useEditForm } from "@/lib/use-edit-form";
import { DepartmentTreeSelect } from "./DepartmentTreeSelect";

type Values = {
  username: string;
  display_name: string;
  email: string;
  phone: string;
  department_ids: number[];
  role_ids: number[];
  is_tenant_admin: boolean;
  is_active: boolean;
  password?: string;
};

const FIELDS = [
  "username", "display_name", "email", "phone", "department_ids", "role_ids", "is_tenant_admin", "is_active", "password",
] as const;

const EMPTY: Values = {
  username: "", display_name: "", email: "", phone: "", department_ids: [], role_ids: [],
  is_tenant_admin: false, is_active: true, password: "",
};

/** Create a user (`user` null) or change one, in a side drawer. */
export function UserDrawer({ open, user, onClose }: { open: boolean; user: User | null; onClose: () => void }) {
  const { t } = useTranslation("directory");
  const { message } = App.useApp();
  const roles = useRoles();
  const create = useCreateUser();
  const update = useUpdateUser();
  const edit = useEditForm<Values>({ create, update, editing: Boolean(user), fields: FIELDS, conflicts: { username_taken: "username" } });
  const { onError } = edit;

  const submit = (values: Values) => {
    const common = {
      display_name: values.display_name.trim(),
      email: values.email.trim() || null,
      phone: values.phone.trim(),
      department_ids: values.department_ids,
      role_ids: values.role_ids,
      is_tenant_admin: values.is_tenant_admin,
      is_active: values.is_active,
    };
    const done = () => {
      message.success(user ? t("users.saved") : t("users.created"));
      onClose();
    };
    if (user) {
      update.mutate(
        { id: user.id, body: { ...common, ...(values.password ? { password: values.password } : {}) } },
        { onSuccess: done, onError },
      );
    } else {
      create.mutate(
        { ...common, username: values.username.trim(), password: values.password || null },
        { onSuccess: done, onError },
      );
    }
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      edit={edit}
      title={user ? t("users.editTitle", { name: user.display_name || user.username }) : t("users.createTitle")}
      saveTestId="user-save"
    >
      <Form<Values> {...edit.formProps} onFinish={submit} initialValues={user ? { ...user, password: "" } : EMPTY} data-testid="user-form">
        <Form.Item
          name="username"
          label={t("users.fields.username")}
          extra={user ? t("users.usernameFixed") : undefined}
          rules={[
            { required: true, whitespace: true, message: t("validation.required") },
            { max: 150, message: t("validation.max", { count: 150 }) },
            { pattern: /^[\w.@+-]+$/, message: t("users.usernamePattern") },
          ]}
        >
          <Input disabled={Boolean(user)} autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item name="display_name" label={t("users.fields.displayName")} rules={maxRules(t, 150)}>
          <Input data-testid="user-display-name" />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="email" label={t("users.fields.email")} style={{ flex: 1 }} rules={[{ type: "email", message: t("validation.email") }]}>
            <Input type="email" autoComplete="off" data-testid="user-email" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t("users.fields.phone")}
            style={{ flex: 1 }}
            rules={[
              { pattern: /^[0-9+() -]*$/, message: t("users.phonePattern") },
              { max: 32, message: t("validation.max", { count: 32 }) },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Flex>
        <Form.Item name="department_ids" label={t("users.fields.departments")}>
          <DepartmentTreeSelect multiple data-testid="user-departments" />
        </Form.Item>
        <Form.Item name="role_ids" label={t("users.fields.roles")}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            loading={roles.isPending}
            placeholder={t("users.rolesPlaceholder")}
            options={(roles.data ?? []).map((role) => ({ value: role.id, label: role.name }))}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={user ? t("users.fields.newPassword") : t("users.fields.password")}
          extra={user ? t("users.passwordKeep") : t("users.passwordOptional")}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
        <Flex gap={32}>
          <Form.Item name="is_tenant_admin" label={t("users.fields.admin")} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="is_active" label={t("users.fields.active")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
      </Form>
    </FormDrawer>
  );
}
