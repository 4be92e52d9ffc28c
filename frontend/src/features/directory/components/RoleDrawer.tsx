import { App, Button, Divider, Drawer, Flex, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { type Role, useCreateRole, useUpdateRole } from "@/entities/roles";
import { ApiError } from "@/lib/api-error";
import { applyFieldProblems } from "@/lib/form-problems";
import { RoleMembers } from "./RoleMembers";

type Values = { name: string; code: string; description: string };
const FIELDS = ["name", "code", "description"] as const;

/** Create a role, or change one and its members. */
export function RoleDrawer({ open, role, onClose }: { open: boolean; role: Role | null; onClose: () => void }) {
  const { t } = useTranslation("directory");
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateRole();
  const update = useUpdateRole();
  const mutation = role ? update : create;

  const onError = (error: unknown) => {
    applyFieldProblems(form, error, FIELDS);
    if (error instanceof ApiError && error.code === "code_taken") form.setFields([{ name: "code", errors: [error.message] }]);
  };
  const submit = (values: Values) => {
    const body = { name: values.name.trim(), description: values.description.trim() };
    if (role) {
      update.mutate({ id: role.id, body }, { onSuccess: () => { message.success(t("roles.saved")); onClose(); }, onError });
    } else {
      create.mutate({ ...body, code: values.code.trim() }, { onSuccess: () => { message.success(t("roles.created")); onClose(); }, onError });
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={520}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (!visible) {
          create.reset();
          update.reset();
        }
      }}
      title={role ? t("roles.editTitle", { name: role.name }) : t("roles.createTitle")}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("actions.cancel", { ns: "common" })}</Button>
          <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()} data-testid="role-save">
            {t("actions.save", { ns: "common" })}
          </Button>
        </Flex>
      }
    >
      <ErrorAlert error={mutation.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={mutation.isPending}
        initialValues={role ?? { name: "", code: "", description: "" }}
      >
        <Form.Item
          name="name"
          label={t("roles.fields.name")}
          rules={[
            { required: true, whitespace: true, message: t("validation.required") },
            { max: 200, message: t("validation.max", { count: 200 }) },
          ]}
        >
          <Input data-testid="role-name" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t("roles.fields.code")}
          extra={role ? t("roles.codeFixed") : t("roles.codeHelp")}
          rules={[
            { required: true, message: t("validation.required") },
            { max: 64, message: t("validation.max", { count: 64 }) },
            { pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, message: t("validation.code") },
          ]}
        >
          <Input disabled={Boolean(role)} data-testid="role-code" />
        </Form.Item>
        <Form.Item name="description" label={t("roles.fields.description")} rules={[{ max: 2000, message: t("validation.max", { count: 2000 }) }]}>
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
    </Drawer>
  );
}
