import { App, Button, Card, Form, Select, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { applyFieldProblems } from "@/lib/form-problems";
import { type PasswordPolicy, useSaveSsoSettings, useSsoSettings } from "../api/settings";

/** Local passwords on or off, and the break-glass admins who keep theirs when off. */
export function PasswordPolicyCard() {
  const { t } = useTranslation("sso");
  const { message } = App.useApp();
  const settings = useSsoSettings();
  const save = useSaveSsoSettings();
  const [form] = Form.useForm<PasswordPolicy>();
  const passwordsOn = Form.useWatch("passwords_enabled", form);

  if (!settings.data) return <ErrorAlert error={settings.error} />;
  return (
    <Card title={t("policy.title")} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t("policy.intro")}</Typography.Paragraph>
      <ErrorAlert error={save.error} />
      <Form<PasswordPolicy>
        form={form}
        layout="vertical"
        disabled={save.isPending}
        initialValues={{ passwords_enabled: settings.data.passwords_enabled, break_glass_usernames: settings.data.break_glass_usernames }}
        onFinish={(values) =>
          save.mutate(
            { passwords_enabled: values.passwords_enabled, break_glass_usernames: values.break_glass_usernames ?? [] },
            {
              onSuccess: () => message.success(t("policy.saved")),
              onError: (error) => applyFieldProblems(form, error, ["passwords_enabled", "break_glass_usernames"]),
            },
          )
        }
      >
        <Form.Item name="passwords_enabled" label={t("policy.passwords")} valuePropName="checked">
          <Switch data-testid="sso-passwords-enabled" />
        </Form.Item>
        <Form.Item
          name="break_glass_usernames"
          label={t("policy.breakGlass")}
          extra={t("policy.breakGlassHelp")}
          hidden={passwordsOn !== false}
        >
          <Select mode="tags" tokenSeparators={[",", " "]} open={false} data-testid="sso-break-glass" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="sso-policy-save">
          {t("policy.save")}
        </Button>
      </Form>
    </Card>
  );
}
