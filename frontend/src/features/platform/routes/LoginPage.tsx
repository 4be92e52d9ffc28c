import { Button, Card, Flex, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { usePlatformLogin, usePlatformMe } from "../api/session";

/** Sign-in of a platform admin (a superuser of the public schema). */
export function PlatformLoginPage() {
  const { t } = useTranslation("platform");
  const me = usePlatformMe();
  const login = usePlatformLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const next = new URLSearchParams(location.search).get("next") || "/tenants";
  if (me.data) return <Navigate to={next} replace />;
  return (
    <Flex justify="center" align="center" style={{ minHeight: "100vh", background: "#f0f2f5" }}>
      <Card style={{ width: 380 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t("brand")}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph type="secondary">{t("login.subtitle")}</Typography.Paragraph>
        <ErrorAlert error={login.error} />
        <Form
          layout="vertical"
          onFinish={(values: { username: string; password: string }) =>
            login.mutate(values, { onSuccess: () => navigate(next, { replace: true }) })
          }
        >
          <Form.Item name="username" label={t("login.username")} rules={[{ required: true, message: t("validation.required") }]}>
            <Input autoFocus autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t("login.password")} rules={[{ required: true, message: t("validation.required") }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t("login.submit")}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
