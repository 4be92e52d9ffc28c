import { Button, Checkbox, Flex, Form, Input, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { ApiError } from "@/lib/api-error";
import { applyFieldProblems } from "@/lib/form-problems";
import { type AppRecord, useCreateApp, useUpdateApp } from "../api/apps";

const SCOPES = ["directory:read", "directory:write", "workflows", "admin"] as const;
const FIELDS = ["name", "description", "scopes", "require_signature", "is_active"] as const;
type Values = { name: string; description: string; scopes: string[]; require_signature: boolean; is_active: boolean };

/** An app's name, description, scopes and signature requirement; creates it when `app` is null. */
export function AppSettingsForm({ app, onSaved }: { app: AppRecord | null; onSaved: (app: AppRecord) => void }) {
  const { t } = useTranslation("integrations");
  const [form] = Form.useForm<Values>();
  const create = useCreateApp();
  const update = useUpdateApp();
  const mutation = app ? update : create;

  const onError = (error: unknown) => {
    applyFieldProblems(form, error, FIELDS);
    if (error instanceof ApiError && error.code === "name_taken") form.setFields([{ name: "name", errors: [error.message] }]);
    if (error instanceof ApiError && error.code === "no_signing_secret")
      form.setFields([{ name: "require_signature", errors: [t("apps.needsSecret")] }]);
  };
  const submit = (values: Values) => {
    const body = { name: values.name.trim(), description: values.description.trim(), scopes: values.scopes, require_signature: values.require_signature };
    if (app) update.mutate({ id: app.id, body: { ...body, is_active: values.is_active } }, { onSuccess: onSaved, onError });
    else create.mutate(body, { onSuccess: onSaved, onError });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={mutation.isPending}
      initialValues={app ?? { name: "", description: "", scopes: ["workflows"], require_signature: false, is_active: true }}
    >
      <ErrorAlert error={mutation.error} />
      <Form.Item
        name="name"
        label={t("apps.fields.name")}
        rules={[
          { required: true, whitespace: true, message: t("validation.required") },
          { max: 100, message: t("validation.max", { count: 100 }) },
        ]}
      >
        <Input data-testid="app-name" />
      </Form.Item>
      <Form.Item name="description" label={t("apps.fields.description")} rules={[{ max: 2000, message: t("validation.max", { count: 2000 }) }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item name="scopes" label={t("apps.fields.scopes")}>
        <Checkbox.Group style={{ display: "flex", flexDirection: "column", gap: 6 }}>
          {SCOPES.map((scope) => (
            <Checkbox key={scope} value={scope}>
              <Typography.Text code>{scope}</Typography.Text> {t(`apps.scopes.${scope.replace(":", "_")}`)}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Flex gap={32}>
        <Form.Item name="require_signature" label={t("apps.fields.requireSignature")} valuePropName="checked" extra={t("apps.requireSignatureHelp")}>
          <Switch />
        </Form.Item>
        {app ? (
          <Form.Item name="is_active" label={t("apps.fields.active")} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Flex>
      <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="app-save">
        {app ? t("actions.save", { ns: "common" }) : t("apps.createAndContinue")}
      </Button>
    </Form>
  );
}
