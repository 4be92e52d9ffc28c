import { App, Button, Form, Input, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useEditForm } from "@/lib/use-edit-form";
import { type Tenant, useUpdateTenant } from "../api/tenants";

type Values = { outbound_private_ranges: string[]; public_base_url: string };

/** What only the platform admin may set for a tenant: the private networks its webhooks, hooks,
 *  robots and SMTP may reach (metadata addresses never), and the base URL of its links. */
export function TenantOutboundForm({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation("platform");
  const { message } = App.useApp();
  const update = useUpdateTenant();
  const edit = useEditForm<Values>({ update, editing: true, fields: ["outbound_private_ranges", "public_base_url"] });

  const submit = (values: Values) =>
    update.mutate(
      { id: tenant.id, body: { outbound_private_ranges: values.outbound_private_ranges, public_base_url: values.public_base_url.trim() } },
      {
        onSuccess: () => message.success(t("detail.saved")),
        onError: edit.onError,
      },
    );

  return (
    <Form<Values>
      {...edit.formProps}
      onFinish={submit}
      initialValues={{ outbound_private_ranges: tenant.outbound_private_ranges, public_base_url: tenant.public_base_url }}
    >
      <ErrorAlert error={update.error} />
      <Form.Item name="outbound_private_ranges" label={t("outbound.ranges")} extra={t("outbound.rangesHelp")}>
        <Select
          mode="tags"
          open={false}
          suffixIcon={null}
          tokenSeparators={[",", " "]}
          placeholder="10.20.0.0/16"
          aria-label={t("outbound.ranges")}
          data-testid="tenant-private-ranges"
        />
      </Form.Item>
      <Form.Item name="public_base_url" label={t("outbound.baseUrl")} extra={t("outbound.baseUrlHelp")}>
        <Input placeholder="https://it.example.com" data-testid="tenant-public-base-url" />
      </Form.Item>
      <Typography.Paragraph type="secondary">
        {t("outbound.linksNow")} <Typography.Text code data-testid="tenant-links-base-url">{tenant.links_base_url || "—"}</Typography.Text>
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="tenant-outbound-save">
        {t("actions.save", { ns: "common" })}
      </Button>
    </Form>
  );
}
