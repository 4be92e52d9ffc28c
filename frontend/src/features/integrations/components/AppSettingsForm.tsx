import { Button, Checkbox, Flex, Form, Input, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { maxRules, nameRules } from "@/lib/form-rules";
import { useEditForm } from "@/lib/use-edit-form";
import { type AppRecord, useCreateApp, useUpdateApp } from "../api/apps";

const SCOPES = ["directory:read", "directory:write", "workflows", "admin"] as const;
const FIELDS = ["name", "description", "scopes", "require_signature", "is_active"] as const;
type Values = { name: string; description: string; scopes: string[]; require_signature: boolean; is_active: boolean };

/** An app's name, description, scopes and signature requirement; creates it when `app` is null. */
export function AppSettingsForm({ app, onSaved }: { app: AppRecord | null; onSaved: (app: AppRecord) => void }) {
  const { t } = useTranslation("integrations");
  const create = useCreateApp();
  const update = useUpdateApp();
  const edit = useEditForm<Values>({
    create,
    update,
    editing: Boolean(app),
    fields: FIELDS,
    conflicts: { name_taken: "name", no_signing_secret: { field: "require_signature", message: t("apps.needsSecret") } },
  });
  const { mutation, onError } = edit;
  const submit = (values: Values) => {
    const body = { name: values.name.trim(), description: values.description.trim(), scopes: values.scopes, require_signature: values.require_signature };
    if (app) update.mutate({ id: app.id, body: { ...body, is_active: values.is_active } }, { onSuccess: onSaved, onError });
    else create.mutate(body, { onSuccess: onSaved, onError });
  };

  return (
    <Form<Values>
      {...edit.formProps}
      onFinish={submit}
      initialValues={app ?? { name: "", description: "", scopes: ["workflows"], require_signature: false, is_active: true }}
    >
      <ErrorAlert error={mutation.error} />
      <Form.Item name="name" label={t("apps.fields.name")} rules={nameRules(t, 100)}>
        <Input data-testid="app-name" />
      </Form.Item>
      <Form.Item name="description" label={t("apps.fields.description")} rules={maxRules(t, 2000)}>
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
