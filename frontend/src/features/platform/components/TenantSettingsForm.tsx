import { App, Button, Flex, Form, Input, InputNumber } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { applyFieldProblems } from "@/lib/form-problems";
import { type Tenant, useUpdateTenant } from "../api/tenants";

type Values = { name: string; max_users: number | null; max_workflows: number | null };

/** A tenant's name and quotas (an empty quota is no limit). */
export function TenantSettingsForm({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation("platform");
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateTenant();

  const submit = (values: Values) =>
    update.mutate(
      { id: tenant.id, body: { name: values.name.trim(), max_users: values.max_users ?? null, max_workflows: values.max_workflows ?? null } },
      {
        onSuccess: () => message.success(t("detail.saved")),
        onError: (error) => applyFieldProblems(form, error, ["name", "max_users", "max_workflows"]),
      },
    );

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={update.isPending} initialValues={tenant}>
      <ErrorAlert error={update.error} />
      <Form.Item
        name="name"
        label={t("fields.name")}
        rules={[
          { required: true, whitespace: true, message: t("validation.required") },
          { max: 200, message: t("validation.max", { count: 200 }) },
        ]}
      >
        <Input data-testid="tenant-edit-name" />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="max_users" label={t("fields.maxUsers")} style={{ flex: 1 }} extra={t("quotas.emptyIsUnlimited")}>
          <InputNumber min={1} precision={0} style={{ width: "100%" }} placeholder={t("quotas.unlimited")} data-testid="tenant-edit-max-users" />
        </Form.Item>
        <Form.Item name="max_workflows" label={t("fields.maxWorkflows")} style={{ flex: 1 }} extra={t("quotas.emptyIsUnlimited")}>
          <InputNumber min={1} precision={0} style={{ width: "100%" }} placeholder={t("quotas.unlimited")} />
        </Form.Item>
      </Flex>
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="tenant-edit-save">
        {t("actions.save", { ns: "common" })}
      </Button>
    </Form>
  );
}
