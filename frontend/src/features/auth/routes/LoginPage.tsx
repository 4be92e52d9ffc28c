import { Button, Card, Flex, Form, Input, Typography, theme } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { useLogin, useMe } from "../api/session";

type Props = {
  /** What the login page shows around its password form (single sign-on's buttons; the app shell
   * composes it in), given the form and where to land. */
  around?: (passwordForm: ReactNode, next: string) => ReactNode;
};

export function LoginPage({ around }: Props = {}) {
  const { t } = useTranslation("auth");
  const { token } = theme.useToken();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const next = new URLSearchParams(location.search).get("next") || "/";
  if (me.data) return <Navigate to={next} replace />;
  const passwordForm = (
    <>
      <ErrorAlert error={login.error} />
      <Form
        layout="vertical"
        onFinish={(values: { username: string; password: string }) =>
          login.mutate(values, { onSuccess: () => navigate(next, { replace: true }) })
        }
      >
        <Form.Item name="username" label={t("username")} rules={[{ required: true, message: t("required") }]}>
          <Input autoFocus autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t("password")} rules={[{ required: true, message: t("required") }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t("submit")}
        </Button>
      </Form>
    </>
  );
  return (
    <Flex component="main" justify="center" align="center" style={{ minHeight: "100vh", background: token.colorBgLayout, padding: 12 }}>
      <Card style={{ width: 360, maxWidth: "100%" }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
            {t("title")}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        {around ? around(passwordForm, next) : passwordForm}
      </Card>
    </Flex>
  );
}
