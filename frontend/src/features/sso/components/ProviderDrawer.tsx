import { App, Form, Input, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { FormDrawer } from "@/components/FormDrawer";
import { maxRules, nameRules } from "@/lib/form-rules";
import { useEditForm } from "@/lib/use-edit-form";
import { type Provider, type ProviderBody, useCreateProvider, useUpdateProvider } from "../api/providers";
import { mapToText, textToMap } from "../utils/claim-map";

type MatchClaim = ProviderBody["match_claim"];
type Values = {
  key: string;
  label: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  scopes: string;
  match_claim: MatchClaim;
  create_users: boolean;
  department_claim: string;
  department_map: string;
  role_claim: string;
  role_map: string;
  is_enabled: boolean;
};
const FIELDS = [
  "key", "label", "issuer", "client_id", "client_secret", "scopes", "match_claim", "create_users",
  "department_claim", "department_map", "role_claim", "role_map", "is_enabled",
] as const;
const CLAIMS: MatchClaim[] = ["email", "preferred_username", "sub"];
const EMPTY: Values = {
  key: "", label: "", issuer: "https://", client_id: "", client_secret: "", scopes: "openid email profile",
  match_claim: "email", create_users: false, department_claim: "", department_map: "", role_claim: "groups",
  role_map: "", is_enabled: true,
};

type Props = { open: boolean; provider: Provider | null; onClose: () => void };

/** Add or change an OpenID Connect provider. The client secret is write-only: left empty on edit,
 * the stored one is kept. */
export function ProviderDrawer({ open, provider, onClose }: Props) {
  const { t } = useTranslation("sso");
  const { message } = App.useApp();
  const create = useCreateProvider();
  const update = useUpdateProvider();
  const edit = useEditForm<Values>({ create, update, editing: Boolean(provider), fields: FIELDS });
  const { onError } = edit;

  const mapRule = {
    validator: (_: unknown, text: string) => {
      const { bad } = textToMap(text ?? "");
      return bad.length ? Promise.reject(new Error(t("validation.mapLines", { lines: bad.join(", ") }))) : Promise.resolve();
    },
  };

  const submit = (values: Values) => {
    const body = {
      label: values.label.trim(),
      issuer: values.issuer.trim(),
      client_id: values.client_id.trim(),
      scopes: values.scopes.trim(),
      match_claim: values.match_claim,
      create_users: values.create_users,
      department_claim: values.department_claim.trim(),
      department_map: textToMap(values.department_map ?? "").map,
      role_claim: values.role_claim.trim(),
      role_map: textToMap(values.role_map ?? "").map,
      is_enabled: values.is_enabled,
    };
    const secret = values.client_secret ? { client_secret: values.client_secret } : {};
    if (provider) {
      update.mutate(
        { id: provider.id, body: { ...body, ...secret } },
        { onSuccess: () => { message.success(t("saved")); onClose(); }, onError },
      );
    } else {
      create.mutate(
        { ...body, client_secret: values.client_secret ?? "", key: values.key.trim() },
        { onSuccess: () => { message.success(t("created")); onClose(); }, onError },
      );
    }
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      edit={edit}
      title={provider ? t("editTitle", { name: provider.label }) : t("createTitle")}
      saveTestId="sso-provider-save"
      width={600}
    >
      <Form<Values>
        {...edit.formProps}
        onFinish={submit}
        initialValues={
          provider
            ? {
                ...provider,
                match_claim: provider.match_claim as MatchClaim,
                client_secret: "",
                department_map: mapToText(provider.department_map),
                role_map: mapToText(provider.role_map),
              }
            : EMPTY
        }
      >
        <Form.Item
          name="key"
          label={t("fields.key")}
          extra={t("help.key")}
          rules={[
            { required: true, message: t("validation.required") },
            { pattern: /^[a-z0-9][a-z0-9-]*$/, message: t("validation.key") },
            { max: 50, message: t("validation.max", { count: 50 }) },
          ]}
        >
          <Input disabled={Boolean(provider)} data-testid="sso-provider-key" />
        </Form.Item>
        <Form.Item name="label" label={t("fields.label")} extra={t("help.label")} rules={nameRules(t, 100)}>
          <Input data-testid="sso-provider-label" />
        </Form.Item>
        <Form.Item
          name="issuer"
          label={t("fields.issuer")}
          extra={t("help.issuer")}
          rules={[
            { required: true, message: t("validation.required") },
            { pattern: /^https?:\/\/\S+$/, message: t("validation.url") },
            { max: 500, message: t("validation.max", { count: 500 }) },
          ]}
        >
          <Input placeholder="https://id.example.com/realms/corp" data-testid="sso-provider-issuer" />
        </Form.Item>
        <Form.Item name="client_id" label={t("fields.clientId")} rules={nameRules(t, 255)}>
          <Input data-testid="sso-provider-client-id" />
        </Form.Item>
        <Form.Item
          name="client_secret"
          label={t("fields.clientSecret")}
          extra={provider?.has_client_secret ? t("help.secretKept") : t("help.secret")}
          rules={maxRules(t, 1000)}
        >
          <Input.Password autoComplete="new-password" data-testid="sso-provider-secret" />
        </Form.Item>
        <Form.Item name="scopes" label={t("fields.scopes")} rules={nameRules(t, 300)}>
          <Input />
        </Form.Item>
        <Form.Item name="match_claim" label={t("fields.matchClaim")} extra={t("help.matchClaim")}>
          <Select options={CLAIMS.map((claim) => ({ value: claim, label: t(`claims.${claim}`) }))} />
        </Form.Item>
        <Form.Item name="create_users" label={t("fields.createUsers")} extra={t("help.createUsers")} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="department_claim" label={t("fields.departmentClaim")} extra={t("help.departmentClaim")} rules={maxRules(t, 100)}>
          <Input placeholder="department" />
        </Form.Item>
        <Form.Item name="department_map" label={t("fields.departmentMap")} extra={t("help.map")} rules={[mapRule]}>
          <Input.TextArea rows={3} placeholder="Finance = fin" />
        </Form.Item>
        <Form.Item name="role_claim" label={t("fields.roleClaim")} extra={t("help.roleClaim")} rules={maxRules(t, 100)}>
          <Input placeholder="groups" />
        </Form.Item>
        <Form.Item name="role_map" label={t("fields.roleMap")} extra={t("help.roleMap")} rules={[mapRule]}>
          <Input.TextArea rows={3} placeholder="approvers = approver" data-testid="sso-provider-role-map" />
        </Form.Item>
        <Form.Item name="is_enabled" label={t("fields.enabled")} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
