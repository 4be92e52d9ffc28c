import { App, Button, Card, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { ApiError } from "@/lib/api-client";
import { applyFieldProblems } from "@/lib/form-problems";
import { useChangePassword } from "../api/use-change-password";
import { usePasswordRules } from "../api/use-password-rules";
import type { PasswordRules } from "../types";

type Values = { current_password: string; new_password: string; confirm: string };
const FIELDS = ["current_password", "new_password"] as const;

/** Change my password: the rules stated before anyone types, the server's verdict on each field. */
export function PasswordForm() {
  const { t } = useTranslation("profile");
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = usePasswordRules();
  const change = useChangePassword();
  const minLength = rules.data?.min_length ?? 1;

  const submit = ({ current_password, new_password }: Values) =>
    change.mutate(
      { current_password, new_password },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t("password.changed"));
        },
        onError: (error) => applyFieldProblems(form, error, FIELDS),
      },
    );
  const failure = change.error;
  const onFields = failure instanceof ApiError && FIELDS.some((field) => field in failure.fieldProblems());
  return (
    <Card title={t("password.title")} data-testid="profile-password">
      <RuleList rules={rules.data} />
      {rules.isError ? <ErrorAlert error={rules.error} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 480 }} requiredMark={false}>
        <Form.Item name="current_password" label={t("password.current")} rules={[{ required: true, message: t("password.required") }]}>
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="new_password"
          label={t("password.new")}
          rules={[
            { required: true, message: t("password.required") },
            { min: minLength, message: t("rules.min_length", { count: minLength }) },
            { max: rules.data?.max_length ?? 128 },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t("password.confirm")}
          dependencies={["new_password"]}
          rules={[
            { required: true, message: t("password.required") },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue("new_password") ? Promise.resolve() : Promise.reject(new Error(t("password.mismatch"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        {change.isError && !onFields ? <ErrorAlert error={change.error} /> : null}
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-save">
          {t("password.save")}
        </Button>
      </Form>
    </Card>
  );
}

/** The rules, in this SPA's language when the rule is a known one (the server's words otherwise). */
function RuleList({ rules }: { rules: PasswordRules | undefined }) {
  const { t } = useTranslation("profile");
  if (!rules) return null;
  return (
    <div data-testid="password-rules" style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">{t("password.rulesIntro")}</Typography.Text>
      <ul style={{ margin: "4px 0 0", paddingInlineStart: 20 }}>
        {rules.rules.map((rule) => (
          <li key={rule.code}>
            <Typography.Text>{t(`rules.${rule.code}`, { count: rule.value ?? 0, defaultValue: rule.text })}</Typography.Text>
          </li>
        ))}
        <li>
          <Typography.Text>{t("rules.max_length", { count: rules.max_length })}</Typography.Text>
        </li>
      </ul>
    </div>
  );
}
