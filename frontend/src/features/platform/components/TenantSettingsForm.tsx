import { App, Button, Flex, Form, Input, InputNumber } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { ApiError } from "@/lib/api-error";
import { nameRules } from "@/lib/form-rules";
import { useEditForm } from "@/lib/use-edit-form";
import { type Tenant, useUpdateTenant } from "../api/tenants";

type Values = { name: string; max_users: number | null; max_workflows: number | null; attachment_mib: number | null };

const MIB = 1024 * 1024;

/** A tenant's name and quotas (an empty user or workflow quota is no limit; empty storage is the deployment's default). */
export function TenantSettingsForm({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation("platform");
  const { message } = App.useApp();
  const update = useUpdateTenant();
  const edit = useEditForm<Values>({ update, editing: true, fields: ["name", "max_users", "max_workflows"] });
  const { form } = edit;

  const submit = (values: Values) =>
    update.mutate(
      {
        id: tenant.id,
        body: {
          name: values.name.trim(),
          max_users: values.max_users ?? null,
          max_workflows: values.max_workflows ?? null,
          max_attachment_bytes: values.attachment_mib ? values.attachment_mib * MIB : null,
        },
      },
      {
        onSuccess: () => message.success(t("detail.saved")),
        onError: (error) => {
          edit.onError(error);
          const storage = error instanceof ApiError ? error.fieldProblems().max_attachment_bytes : undefined;
          if (storage) form.setFields([{ name: "attachment_mib", errors: [storage] }]);
        },
      },
    );

  return (
    <Form<Values>
      {...edit.formProps}
      onFinish={submit}
      initialValues={{
        ...tenant,
        attachment_mib: tenant.max_attachment_bytes ? Math.round(tenant.max_attachment_bytes / MIB) : null,
      }}
    >
      <ErrorAlert error={update.error} />
      <Form.Item name="name" label={t("fields.name")} rules={nameRules(t)}>
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
      <Form.Item name="attachment_mib" label={t("fields.attachmentMib")} extra={t("quotas.emptyIsDefault")}>
        <InputNumber min={1} precision={0} style={{ width: "100%" }} placeholder={t("quotas.default")} data-testid="tenant-edit-attachment-mib" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="tenant-edit-save">
        {t("actions.save", { ns: "common" })}
      </Button>
    </Form>
  );
}
