import { App, Button, Flex, Popconfirm, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { SecretOnceModal } from "@/components/SecretOnceModal";
import { type AppRecord, useRotateSigningSecret } from "../api/apps";

/** The app's request-signing secret: whether one is set, and create/rotate it (shown once). */
export function AppSigningSecret({ app }: { app: AppRecord }) {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const rotate = useRotateSigningSecret();
  const [secret, setSecret] = useState<string | null>(null);
  const run = () =>
    rotate.mutate(app.id, {
      onSuccess: (data) => {
        setSecret(data.signing_secret);
        message.success(t("signing.rotated"));
      },
    });

  return (
    <Flex vertical gap={12} align="flex-start">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("signing.help")}
      </Typography.Paragraph>
      <Flex gap={8}>
        {app.has_signing_secret ? <Tag color="green">{t("signing.set")}</Tag> : <Tag>{t("signing.unset")}</Tag>}
        {app.require_signature ? <Tag color="blue">{t("signing.required")}</Tag> : null}
      </Flex>
      <ErrorAlert error={rotate.error} />
      {app.has_signing_secret ? (
        <Popconfirm
          title={t("signing.rotateTitle")}
          description={t("signing.rotateText")}
          okText={t("signing.rotate")}
          okButtonProps={{ danger: true }}
          cancelText={t("actions.cancel", { ns: "common" })}
          onConfirm={run}
        >
          <Button loading={rotate.isPending} data-testid="signing-rotate">
            {t("signing.rotate")}
          </Button>
        </Popconfirm>
      ) : (
        <Button type="primary" loading={rotate.isPending} onClick={run} data-testid="signing-rotate">
          {t("signing.create")}
        </Button>
      )}
      <SecretOnceModal secret={secret} title={t("signing.shownTitle")} description={t("signing.shownText")} onClose={() => setSecret(null)} />
    </Flex>
  );
}
