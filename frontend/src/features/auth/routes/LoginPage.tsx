import { Button, Card, Flex, Form, Input, Typography, theme } from "antd";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { useLogin, useMe } from "../api/session";

export function LoginPage() {
  const { t } = useTranslation("auth");
  const { token } = theme.useToken();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const next = new URLSearchParams(location.search).get("next") || "/";
  if (me.data) return <Navigate to={next} replace />;
  return (
    <Flex component="main" justify="center" align="center" style={{ minHeight: "100vh", background: token.colorBgLayout, padding: 12 }}>
      <Card style={{ width: 360, maxWidth: "100%" }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
            {t("title")}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
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
      </Card>
    </Flex>
  );
}
