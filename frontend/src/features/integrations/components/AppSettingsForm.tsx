import { App, Button, type ButtonProps, Checkbox, Flex, Form, Input, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { maxRules, nameRules } from "@/lib/form-rules";
import { useEditForm } from "@/lib/use-edit-form";
import { type AppRecord, useCreateApp, useUpdateApp } from "../api/apps";
import { useIssueToken } from "../api/tokens";

const SCOPES = ["directory:read", "directory:write", "workflows", "admin"] as const;
const FIELDS = ["name", "description", "scopes", "require_signature", "is_active"] as const;
type Values = { name: string; description: string; scopes: string[]; require_signature: boolean; is_active: boolean };

type Props = {
  app: AppRecord | null;
  /** Saved; on create, `token` is the first token, issued with the app (shown once). */
  onSaved: (app: AppRecord, token?: string) => void;
};

/**
 * An app's name, description, scopes and signature requirement. When `app` is null it registers the
 * app and issues its first token in one go. Saving without any scope asks for a confirmation first.
 */
export function AppSettingsForm({ app, onSaved }: Props) {
  const { t } = useTranslation("integrations");
  const { modal } = App.useApp();
  const create = useCreateApp();
  const update = useUpdateApp();
  const issue = useIssueToken();
  const edit = useEditForm<Values>({
    create,
    update,
    editing: Boolean(app),
    fields: FIELDS,
    conflicts: { name_taken: "name", no_signing_secret: { field: "require_signature", message: t("apps.needsSecret") } },
  });
  const { mutation, onError } = edit;
  const save = (values: Values, confirmNoScopes: boolean) => {
    const body = {
      name: values.name.trim(),
      description: values.description.trim(),
      scopes: values.scopes,
      require_signature: values.require_signature,
      confirm_no_scopes: confirmNoScopes,
    };
    if (app) update.mutate({ id: app.id, body: { ...body, is_active: values.is_active } }, { onSuccess: (saved) => onSaved(saved), onError });
    else
      create.mutate(body, {
        onSuccess: (created) =>
          issue.mutate(
            { appId: created.id, name: "", expiresInDays: null },
            // The app stands even if the token fails: the tokens tab shows the error and can retry.
            { onSuccess: (token) => onSaved(created, token.token), onError: () => onSaved(created) },
          ),
        onError,
      });
  };
  const submit = (values: Values) => {
    if ((values.scopes ?? []).length > 0) return save(values, false);
    modal.confirm({
      title: t("apps.noScopesTitle"),
      content: t("apps.noScopesText"),
      okText: t("apps.noScopesConfirm"),
      cancelText: t("actions.cancel", { ns: "common" }),
      okButtonProps: { "data-testid": "app-no-scopes-confirm" } as ButtonProps,
      onOk: () => save(values, true),
    });
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
            <Checkbox key={scope} value={scope} data-testid={`app-scope-${scope}`}>
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
      <Button type="primary" htmlType="submit" loading={mutation.isPending || issue.isPending} data-testid="app-save">
        {app ? t("actions.save", { ns: "common" }) : t("apps.createAndContinue")}
      </Button>
    </Form>
  );
}
