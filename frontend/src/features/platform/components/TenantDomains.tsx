import { App, Button, Checkbox, Flex, Form, Input, Popconfirm, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import type { PlatformSchemas } from "@/lib/api-client";
import { ApiError } from "@/lib/api-error";
import { applyFieldProblems } from "@/lib/form-problems";
import { useAddDomain, useRemoveDomain } from "../api/domains";
import type { Tenant } from "../api/tenants";
import { consoleUrl } from "../utils";

type Domain = PlatformSchemas["schemas"]["DomainOut"];
type Values = { domain: string; is_primary: boolean };

/** The host names a tenant answers on: add one (optionally primary), remove one with a confirmation. */
export function TenantDomains({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation("platform");
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddDomain();
  const remove = useRemoveDomain();

  const submit = (values: Values) =>
    add.mutate(
      { tenantId: tenant.id, domain: values.domain.trim().toLowerCase(), isPrimary: values.is_primary },
      {
        onSuccess: (domain) => {
          form.resetFields();
          message.success(t("domains.added", { domain: domain.domain }));
        },
        onError: (error) => {
          applyFieldProblems(form, error, ["domain"]);
          if (error instanceof ApiError && error.code === "domain_taken") form.setFields([{ name: "domain", errors: [error.message] }]);
        },
      },
    );

  return (
    <Flex vertical gap={16}>
      <ErrorAlert error={add.error ?? remove.error} />
      <Table<Domain>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={tenant.domains}
        locale={{ emptyText: t("domains.empty") }}
        data-testid="tenant-domains"
        columns={[
          {
            title: t("domains.host"),
            dataIndex: "domain",
            render: (domain: string) => (
              <Typography.Link href={consoleUrl(domain)} target="_blank" rel="noreferrer">
                {domain}
              </Typography.Link>
            ),
          },
          { title: "", dataIndex: "is_primary", render: (primary: boolean) => (primary ? <Tag color="blue">{t("domains.primary")}</Tag> : null) },
          {
            title: t("actions.title"),
            key: "actions",
            align: "right",
            render: (_, domain) => (
              <Popconfirm
                title={t("domains.removeTitle", { domain: domain.domain })}
                description={t("domains.removeText")}
                okText={t("domains.remove")}
                okButtonProps={{ danger: true }}
                cancelText={t("actions.cancel", { ns: "common" })}
                onConfirm={() =>
                  remove.mutateAsync({ tenantId: tenant.id, domainId: domain.id }).then(
                    () => message.success(t("domains.removed", { domain: domain.domain })),
                    () => undefined,
                  )
                }
              >
                <Button type="link" danger size="small" data-testid={`domain-remove-${domain.domain}`}>
                  {t("domains.remove")}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Form<Values> form={form} layout="inline" onFinish={submit} disabled={add.isPending} initialValues={{ domain: "", is_primary: false }} style={{ rowGap: 8 }}>
        <Form.Item
          name="domain"
          rules={[
            { required: true, whitespace: true, message: t("validation.required") },
            { max: 253, message: t("validation.max", { count: 253 }) },
          ]}
          style={{ flex: 1, minWidth: 240 }}
        >
          <Input placeholder={t("domains.placeholder")} aria-label={t("domains.host")} data-testid="domain-input" />
        </Form.Item>
        <Form.Item name="is_primary" valuePropName="checked">
          <Checkbox>{t("domains.makePrimary")}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="domain-add">
          {t("domains.add")}
        </Button>
      </Form>
    </Flex>
  );
}
