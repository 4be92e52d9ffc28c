import { App, type ButtonProps, Collapse, Flex, Form, Input, InputNumber, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { ApiError } from "@/lib/api-error";
import { applyFieldProblems } from "@/lib/form-problems";
import { type Tenant, useCreateTenant } from "../api/tenants";
import { defaultDomain } from "../utils";

type Values = {
  key: string;
  name: string;
  domain?: string;
  admin_username?: string;
  admin_password?: string;
  admin_email?: string;
  max_users?: number | null;
  max_workflows?: number | null;
};

const FIELDS = ["key", "name", "domain", "admin_username", "admin_password", "admin_email", "max_users", "max_workflows"] as const;
const KEY = /^[a-z][a-z0-9]{1,30}$/;

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** Create a tenant (its key, name, host, optional first admin and quotas); 422s land on the fields. */
export function CreateTenantModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (tenant: Tenant) => void }) {
  const { t } = useTranslation("platform");
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateTenant();
  const key = Form.useWatch("key", form) ?? "";

  const submit = (values: Values) =>
    create.mutate(
      {
        key: values.key.trim(),
        name: values.name.trim(),
        domain: blankToNull(values.domain),
        // Both or neither, and omitted rather than null (the API's schema: dependentRequired).
        admin_username: blankToNull(values.admin_username) ?? undefined,
        admin_password: values.admin_password ? values.admin_password : undefined,
        admin_email: blankToNull(values.admin_email),
        max_users: values.max_users ?? null,
        max_workflows: values.max_workflows ?? null,
      },
      {
        onSuccess: (tenant) => {
          message.success(t("create.done", { name: tenant.name }));
          onCreated(tenant);
        },
        onError: (error) => {
          applyFieldProblems(form, error, FIELDS);
          if (error instanceof ApiError && error.code === "tenant_exists") form.setFields([{ name: "key", errors: [error.message] }]);
          if (error instanceof ApiError && error.code === "domain_taken") form.setFields([{ name: "domain", errors: [error.message] }]);
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t("create.title")}
      okText={t("create.submit")}
      cancelText={t("actions.cancel", { ns: "common" })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ "data-testid": "tenant-create-submit" } as ButtonProps}
      afterClose={() => create.reset()}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph type="secondary">{t("create.intro")}</Typography.Paragraph>
      <ErrorAlert error={create.error} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={create.isPending} data-testid="tenant-create-form">
        <Flex gap={12}>
          <Form.Item
            name="key"
            label={t("fields.key")}
            style={{ flex: 1 }}
            extra={t("create.keyHelp")}
            rules={[
              { required: true, message: t("validation.required") },
              { pattern: KEY, message: t("create.keyPattern") },
            ]}
          >
            <Input autoFocus autoComplete="off" data-testid="tenant-key" />
          </Form.Item>
          <Form.Item
            name="name"
            label={t("fields.name")}
            style={{ flex: 1 }}
            rules={[
              { required: true, whitespace: true, message: t("validation.required") },
              { max: 200, message: t("validation.max", { count: 200 }) },
            ]}
          >
            <Input data-testid="tenant-name" />
          </Form.Item>
        </Flex>
        <Form.Item name="domain" label={t("fields.domain")} extra={t("create.domainHelp", { domain: defaultDomain(key) })}>
          <Input placeholder={defaultDomain(key)} autoComplete="off" data-testid="tenant-domain" />
        </Form.Item>
        <Collapse
          size="small"
          defaultActiveKey={["admin"]}
          items={[
            {
              key: "admin",
              label: t("create.adminTitle"),
              children: (
                <>
                  <Typography.Paragraph type="secondary">{t("create.adminHelp")}</Typography.Paragraph>
                  <Flex gap={12}>
                    <Form.Item
                      name="admin_username"
                      label={t("fields.adminUsername")}
                      style={{ flex: 1 }}
                      rules={[{ pattern: /^[\w.@+-]+$/, message: t("create.usernamePattern") }]}
                    >
                      <Input autoComplete="off" data-testid="tenant-admin-username" />
                    </Form.Item>
                    <Form.Item
                      name="admin_password"
                      label={t("fields.adminPassword")}
                      style={{ flex: 1 }}
                      dependencies={["admin_username"]}
                      rules={[
                        ({ getFieldValue }) => ({
                          validator: (_, value?: string) =>
                            getFieldValue("admin_username")?.trim() && !value
                              ? Promise.reject(new Error(t("create.passwordNeeded")))
                              : Promise.resolve(),
                        }),
                        { min: 8, message: t("create.passwordMin") },
                      ]}
                    >
                      <Input.Password autoComplete="new-password" data-testid="tenant-admin-password" />
                    </Form.Item>
                  </Flex>
                  <Form.Item name="admin_email" label={t("fields.adminEmail")} rules={[{ type: "email", message: t("validation.email") }]}>
                    <Input autoComplete="off" />
                  </Form.Item>
                </>
              ),
            },
            {
              key: "quotas",
              label: t("create.quotasTitle"),
              children: (
                <Flex gap={12}>
                  <Form.Item name="max_users" label={t("fields.maxUsers")} style={{ flex: 1 }} extra={t("quotas.emptyIsUnlimited")}>
                    <InputNumber min={1} precision={0} style={{ width: "100%" }} placeholder={t("quotas.unlimited")} />
                  </Form.Item>
                  <Form.Item name="max_workflows" label={t("fields.maxWorkflows")} style={{ flex: 1 }} extra={t("quotas.emptyIsUnlimited")}>
                    <InputNumber min={1} precision={0} style={{ width: "100%" }} placeholder={t("quotas.unlimited")} />
                  </Form.Item>
                </Flex>
              ),
            },
          ]}
        />
      </Form>
    </Modal>
  );
}
