import { KeyOutlined } from "@ant-design/icons";
import { Button, Checkbox, Flex, Form, Input, InputNumber, Radio, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { ApiError } from "@/lib/api-client";
import { applyFieldProblems } from "@/lib/form-problems";
import { useCreateMyToken } from "../api/use-create-my-token";
import type { PersonalTokenIssued, TokenScope } from "../types";

const SCOPES: TokenScope[] = ["workflows", "directory:read", "directory:write", "admin"];
// The server refuses these on a token of someone who is not a tenant admin: not offered to them.
const ADMIN_ONLY: TokenScope[] = ["directory:write", "admin"];
const PRESET_DAYS = [30, 90, 365];
const MAX_DAYS = 366;
const FIELDS = ["name", "scopes", "expires_in_days"] as const;
type Values = { name: string; scopes: TokenScope[]; expires_in_days: number | null };

type Props = {
  /** Whether I am a tenant admin (only then are the admin-only scopes offered). */
  admin: boolean;
  /** Made: the answer carries the token itself, to show once. */
  onCreated: (token: PersonalTokenIssued) => void;
};

/** Make a personal token: its name, what it may do, and how many days it works. */
export function PersonalTokenForm({ admin, onCreated }: Props) {
  const { t } = useTranslation("profile");
  const [form] = Form.useForm<Values>();
  const create = useCreateMyToken();
  const days = Form.useWatch("expires_in_days", form);
  const offered = admin ? SCOPES : SCOPES.filter((scope) => !ADMIN_ONLY.includes(scope));

  const submit = (values: Values) =>
    create.mutate(
      { name: values.name.trim(), scopes: values.scopes, expires_in_days: values.expires_in_days ?? 90 },
      {
        onSuccess: (token) => {
          form.resetFields();
          onCreated(token);
        },
        onError: (error) => applyFieldProblems(form, error, FIELDS),
      },
    );
  // Problems of this form's fields show under them; anything else (e.g. too many tokens) above the button.
  const failure = create.error;
  const onFields = failure instanceof ApiError && FIELDS.some((field) => field in failure.fieldProblems());
  return (
    <Form<Values>
      form={form}
      name="personal-token"
      layout="vertical"
      onFinish={submit}
      initialValues={{ name: "", scopes: ["workflows"], expires_in_days: 90 }}
      disabled={create.isPending}
      requiredMark={false}
      style={{ maxWidth: 480 }}
    >
      <Form.Item
        name="name"
        label={t("tokens.fields.name")}
        rules={[
          { required: true, whitespace: true, message: t("tokens.nameRequired") },
          { max: 100, message: t("rules.max_length", { count: 100 }) },
        ]}
      >
        <Input placeholder={t("tokens.namePlaceholder")} autoComplete="off" data-testid="personal-token-name" />
      </Form.Item>
      <Form.Item
        name="scopes"
        label={t("tokens.fields.scopes")}
        // A validator, not `required`: antd would put aria-required on the group, which ARIA does not allow there.
        rules={[{ validator: (_, scopes?: TokenScope[]) => (scopes?.length ? Promise.resolve() : Promise.reject(new Error(t("tokens.scopesRequired")))) }]}
      >
        <Checkbox.Group style={{ display: "flex", flexDirection: "column", gap: 6 }}>
          {offered.map((scope) => (
            <Checkbox key={scope} value={scope} data-testid={`personal-token-scope-${scope}`}>
              <Typography.Text code>{scope}</Typography.Text> {t(`tokens.scopes.${scope.replace(":", "_")}`)}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item label={t("tokens.fields.expiresInDays")} htmlFor="personal-token_expires_in_days">
        <Flex gap={8} wrap>
          <Form.Item name="expires_in_days" noStyle rules={[{ required: true, message: t("tokens.daysRequired") }]}>
            <InputNumber min={1} max={MAX_DAYS} precision={0} suffix={t("tokens.days")} style={{ width: 140 }} data-testid="personal-token-days" />
          </Form.Item>
          {/* null, not undefined, when no preset matches: the group stays controlled and shows none. */}
          <Radio.Group
            optionType="button"
            value={PRESET_DAYS.includes(days ?? 0) ? days : null}
            onChange={(event) => form.setFieldValue("expires_in_days", event.target.value)}
            options={PRESET_DAYS.map((count) => ({ value: count, label: t("tokens.presetDays", { count }) }))}
            aria-label={t("tokens.presets")}
            data-testid="personal-token-presets"
          />
        </Flex>
      </Form.Item>
      {create.isError && !onFields ? <ErrorAlert error={create.error} /> : null}
      <Button type="primary" htmlType="submit" icon={<KeyOutlined />} loading={create.isPending} data-testid="personal-token-create">
        {t("tokens.create")}
      </Button>
    </Form>
  );
}
