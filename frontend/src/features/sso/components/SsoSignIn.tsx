import { LoginOutlined } from "@ant-design/icons";
import { Alert, Button, Collapse, Divider, Flex } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { useLoginOptions } from "../api/login";

const ERRORS = [
  "invalid_state", "provider_unavailable", "provider_refused", "token_exchange_failed", "invalid_id_token",
  "unknown_user", "user_inactive", "unverified_email", "ambiguous_user", "user_not_created", "unavailable",
  "too_many_attempts",
];

type Props = {
  /** The login page's username and password form. */
  passwordForm: ReactNode;
  /** Where to land after signing in. */
  next: string;
};

/**
 * The login page's single sign-on part: why the last provider login failed (`?sso_error=`), a
 * "Sign in with <provider>" button per enabled provider, and the password form — folded away as
 * the administrators' way in when the tenant turned passwords off.
 */
export function SsoSignIn({ passwordForm, next }: Props) {
  const { t } = useTranslation("sso");
  const options = useLoginOptions();
  const location = useLocation();
  const failed = new URLSearchParams(location.search).get("sso_error");
  const providers = options.data?.providers ?? [];
  const passwordsOff = options.data?.passwords_enabled === false;
  return (
    <>
      {failed ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="sso-error"
          message={t(`errors.${ERRORS.includes(failed) ? failed : "other"}`)}
        />
      ) : null}
      {providers.length ? (
        <Flex vertical gap={8} style={{ marginBottom: 8 }}>
          {providers.map((provider) => (
            <Button
              key={provider.key}
              block
              size="large"
              icon={<LoginOutlined />}
              href={`${provider.start_url}?${new URLSearchParams({ next })}`}
              data-testid={`sso-${provider.key}`}
            >
              {t("signInWith", { name: provider.label })}
            </Button>
          ))}
        </Flex>
      ) : null}
      {passwordsOff ? (
        <Collapse
          ghost
          size="small"
          items={[{ key: "password", label: t("breakGlassSignIn"), children: passwordForm }]}
          data-testid="sso-break-glass-sign-in"
        />
      ) : (
        <>
          {providers.length ? <Divider plain>{t("orPassword")}</Divider> : null}
          {passwordForm}
        </>
      )}
    </>
  );
}
