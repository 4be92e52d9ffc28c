import { App, Divider, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormDrawer } from "@/components/FormDrawer";
import { type Role, useCreateRole, useUpdateRole } from "@/entities/roles";
import { codeRules, maxRules, nameRules } from "@/lib/form-rules";
import { useEditForm } from "@/lib/use-edit-form";
import { RoleMembers } from "./RoleMembers";

type Values = { name: string; code: string; description: string };
const FIELDS = ["name", "code", "description"] as const;

/** Create a role, or change one and its members. */
export function RoleDrawer({ open, role, onClose }: { open: boolean; role: Role | null; onClose: () => void }) {
  const { t } = useTranslation("directory");
  const { message } = App.useApp();
  const create = useCreateRole();
  const update = useUpdateRole();
  const edit = useEditForm<Values>({ create, update, editing: Boolean(role), fields: FIELDS, conflicts: { code_taken: "code" } });
  const { onError } = edit;
  const submit = (values: Values) => {
    const body = { name: values.name.trim(), description: values.description.trim() };
    if (role) {
      update.mutate({ id: role.id, body }, { onSuccess: () => { message.success(t("roles.saved")); onClose(); }, onError });
    } else {
      create.mutate({ ...body, code: values.code.trim() }, { onSuccess: () => { message.success(t("roles.created")); onClose(); }, onError });
    }
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      edit={edit}
      title={role ? t("roles.editTitle", { name: role.name }) : t("roles.createTitle")}
      saveTestId="role-save"
    >
      <Form<Values> {...edit.formProps} onFinish={submit} initialValues={role ?? { name: "", code: "", description: "" }}>
        <Form.Item name="name" label={t("roles.fields.name")} rules={nameRules(t)}>
          <Input data-testid="role-name" />
        </Form.Item>
        <Form.Item name="code" label={t("roles.fields.code")} extra={role ? t("roles.codeFixed") : t("roles.codeHelp")} rules={codeRules(t)}>
          <Input disabled={Boolean(role)} data-testid="role-code" />
        </Form.Item>
        <Form.Item name="description" label={t("roles.fields.description")} rules={maxRules(t, 2000)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {role ? (
        <>
          <Divider orientation="left" plain>
            <Typography.Text strong>{t("roles.membersTitle", { count: role.member_count })}</Typography.Text>
          </Divider>
          <RoleMembers role={role} />
        </>
      ) : (
        <Typography.Text type="secondary">{t("roles.membersAfterCreate")}</Typography.Text>
      )}
    </FormDrawer>
  );
}
