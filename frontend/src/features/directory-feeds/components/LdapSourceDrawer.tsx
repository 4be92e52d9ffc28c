import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Divider, Form, Input, InputNumber, Radio, Space, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { FormDrawer } from "@/components/FormDrawer";
import { CODE_PATTERN, maxRules, nameRules } from "@/lib/form-rules";
import { useEditForm } from "@/lib/use-edit-form";
import { type LdapSource, type LdapSourceCreate, useCreateLdapSource, useUpdateLdapSource } from "../api/ldap";

const ATTRIBUTES = ["username", "email", "name", "employee_id", "phone"] as const;
type Attribute = (typeof ATTRIBUTES)[number];
const DEFAULTS: Record<Attribute, string> = { username: "uid", email: "mail", name: "cn", employee_id: "employeeNumber", phone: "telephoneNumber" };

type Values = Omit<LdapSourceCreate, "role_map" | "attributes"> & {
  attributes: Partial<Record<Attribute, string>>;
  role_map: { group: string; role: string }[];
};
const FIELDS = [
  "name", "server_url", "start_tls", "ca_certificate", "bind_dn", "bind_password", "user_base_dn", "user_filter", "department_source",
  "department_attribute", "group_base_dn", "group_filter", "group_member_attribute", "interval_minutes", "enabled",
  ...ATTRIBUTES.map((key) => `attributes.${key}`),
] as const;

type Props = { open: boolean; source: LdapSource | null; onClose: () => void };

function initialValues(source: LdapSource | null): Partial<Values> {
  if (!source) {
    return {
      server_url: "ldaps://", start_tls: false, ca_certificate: "", user_filter: "(objectClass=inetOrgPerson)", department_source: "ou",
      group_filter: "(objectClass=groupOfNames)", group_member_attribute: "member", interval_minutes: 60, enabled: true,
      attributes: {}, role_map: [],
    };
  }
  const { has_bind_password: _kept, people: _people, last_run: _run, role_map, attributes, ...rest } = source;
  return {
    ...rest,
    bind_password: undefined,
    attributes: attributes as Values["attributes"],
    role_map: Object.entries(role_map).map(([group, role]) => ({ group, role })),
  };
}

/** Create or change an LDAP / Active Directory source: the server, what to read, how it maps. */
export function LdapSourceDrawer({ open, source, onClose }: Props) {
  const { t } = useTranslation("directory-feeds");
  const { message } = App.useApp();
  const create = useCreateLdapSource();
  const update = useUpdateLdapSource();
  const edit = useEditForm<Values>({ create, update, editing: Boolean(source), fields: FIELDS, conflicts: { name_taken: "name" } });
  const { onError } = edit;
  const departmentSource = Form.useWatch("department_source", edit.form);

  const submit = (values: Values) => {
    const attributes = Object.fromEntries(ATTRIBUTES.filter((key) => values.attributes?.[key]?.trim()).map((key) => [key, values.attributes[key]?.trim() ?? ""]));
    const role_map = Object.fromEntries((values.role_map ?? []).map((row) => [row.group.trim(), row.role.trim()]));
    const { bind_password, ...rest } = values;
    const body = { ...rest, attributes, role_map, department_attribute: values.department_attribute ?? "", bind_dn: values.bind_dn ?? "", group_base_dn: values.group_base_dn ?? "" };
    const done = () => { message.success(t("ldap.saved")); onClose(); };
    if (source) {
      // An empty password field keeps the stored one.
      update.mutate({ id: source.id, body: bind_password ? { ...body, bind_password } : body }, { onSuccess: done, onError });
    } else {
      create.mutate({ ...body, bind_password: bind_password ?? "" }, { onSuccess: done, onError });
    }
  };

  return (
    <FormDrawer open={open} onClose={onClose} edit={edit} saveTestId="ldap-save" width={640}
      title={source ? t("ldap.editTitle", { name: source.name }) : t("ldap.createTitle")}>
      <Form<Values> {...edit.formProps} onFinish={submit} initialValues={initialValues(source)}>
        <Form.Item name="name" label={t("ldap.fields.name")} rules={nameRules(t, 100)}>
          <Input data-testid="ldap-name" />
        </Form.Item>
        <Form.Item name="server_url" label={t("ldap.fields.server_url")} extra={t("ldap.help.server_url")}
          rules={[{ required: true, message: t("validation.required") }, { pattern: /^ldaps?:\/\/\S+$/i, message: t("validation.serverUrl") }]}>
          <Input placeholder="ldaps://ldap.example.com" data-testid="ldap-server" />
        </Form.Item>
        <Form.Item name="start_tls" label={t("ldap.fields.start_tls")} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="ca_certificate" label={t("ldap.fields.ca_certificate")} extra={t("ldap.help.ca_certificate")} rules={maxRules(t, 20000)}>
          <Input.TextArea rows={3} placeholder="-----BEGIN CERTIFICATE-----" style={{ fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" }} />
        </Form.Item>
        <Form.Item name="bind_dn" label={t("ldap.fields.bind_dn")} rules={maxRules(t, 500)}>
          <Input placeholder="cn=reader,dc=example,dc=com" data-testid="ldap-bind-dn" />
        </Form.Item>
        <Form.Item name="bind_password" label={t("ldap.fields.bind_password")}
          extra={source?.has_bind_password ? t("ldap.help.password_kept") : t("ldap.help.password")} rules={maxRules(t, 500)}>
          <Input.Password autoComplete="new-password" data-testid="ldap-bind-password" />
        </Form.Item>
        <Divider orientation="left">{t("ldap.sections.people")}</Divider>
        <Form.Item name="user_base_dn" label={t("ldap.fields.user_base_dn")} rules={[{ required: true, message: t("validation.required") }, ...maxRules(t, 500)]}>
          <Input placeholder="ou=People,dc=example,dc=com" data-testid="ldap-base-dn" />
        </Form.Item>
        <Form.Item name="user_filter" label={t("ldap.fields.user_filter")} rules={[{ required: true, message: t("validation.required") }, ...maxRules(t, 1000)]}>
          <Input />
        </Form.Item>
        {ATTRIBUTES.map((key) => (
          <Form.Item key={key} name={["attributes", key]} label={t(`ldap.attributes.${key}`)} rules={maxRules(t, 100)}>
            <Input placeholder={DEFAULTS[key]} />
          </Form.Item>
        ))}
        <Form.Item name="department_source" label={t("ldap.fields.department_source")}>
          <Radio.Group options={[{ value: "ou", label: t("ldap.departmentSource.ou") }, { value: "attribute", label: t("ldap.departmentSource.attribute") }]} />
        </Form.Item>
        {departmentSource === "attribute" ? (
          <Form.Item name="department_attribute" label={t("ldap.fields.department_attribute")} rules={[{ required: true, message: t("validation.required") }, ...maxRules(t, 100)]}>
            <Input placeholder="department" />
          </Form.Item>
        ) : null}
        <Divider orientation="left">{t("ldap.sections.groups")}</Divider>
        <Form.Item name="group_base_dn" label={t("ldap.fields.group_base_dn")} rules={maxRules(t, 500)}>
          <Input placeholder="ou=Groups,dc=example,dc=com" />
        </Form.Item>
        <Form.Item name="group_filter" label={t("ldap.fields.group_filter")} rules={[{ required: true, message: t("validation.required") }, ...maxRules(t, 1000)]}>
          <Input />
        </Form.Item>
        <Form.Item name="group_member_attribute" label={t("ldap.fields.group_member_attribute")} rules={maxRules(t, 100)}>
          <Input />
        </Form.Item>
        <Form.List name="role_map">
          {(rows, { add, remove }) => (
            <Form.Item label={t("ldap.fields.role_map")} extra={t("ldap.help.role_map")}>
              {rows.map((row) => (
                <Space key={row.key} align="baseline" style={{ display: "flex" }}>
                  <Form.Item name={[row.name, "group"]} rules={[{ required: true, message: t("validation.required") }, ...maxRules(t, 500)]}>
                    <Input aria-label={t("ldap.roleMap.group")} placeholder={t("ldap.roleMap.group")} style={{ width: 300 }} />
                  </Form.Item>
                  <Form.Item name={[row.name, "role"]} rules={[{ required: true, message: t("validation.required") }, { pattern: CODE_PATTERN, message: t("validation.code") }, ...maxRules(t, 64)]}>
                    <Input aria-label={t("ldap.roleMap.role")} placeholder={t("ldap.roleMap.role")} style={{ width: 180 }} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t("ldap.roleMap.remove")} onClick={() => remove(row.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ group: "", role: "" })} data-testid="ldap-add-role">
                {t("ldap.roleMap.add")}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Divider orientation="left">{t("ldap.sections.schedule")}</Divider>
        <Form.Item name="interval_minutes" label={t("ldap.fields.interval_minutes")} rules={[{ required: true, message: t("validation.required") }]}>
          <InputNumber min={5} max={10080} />
        </Form.Item>
        <Form.Item name="enabled" label={t("ldap.fields.enabled")} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
