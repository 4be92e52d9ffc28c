import { App, Button, Card, Divider, Flex, Popconfirm, Select, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { SecretOnceModal } from "@/components/SecretOnceModal";
import { ApiError } from "@/lib/api-error";
import { useIntegrationSettings, useRotateTenantSecret, useUpdateIntegrationSettings } from "../api/settings";

/** The tenant's outbound allow-list and its signing secret (for document webhooks and hook calls). */
export function IntegrationSettingsCard() {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const settings = useIntegrationSettings();
  const save = useUpdateIntegrationSettings();
  const rotate = useRotateTenantSecret();
  const [draft, setDraft] = useState<string[] | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const problems = save.error instanceof ApiError ? Object.values(save.error.fieldProblems()) : [];

  return (
    <Card title={t("settings.title")} style={{ marginTop: 24 }} data-testid="integration-settings">
      {settings.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : settings.isError ? (
        <ErrorAlert error={settings.error} />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text strong>{t("settings.allowList")}</Typography.Text>
          <Typography.Text type="secondary">{t("settings.allowListHelp")}</Typography.Text>
          <ErrorAlert error={save.error} />
          {problems.length ? (
            <ul style={{ margin: 0 }}>
              {[...new Set(problems)].map((problem) => (
                <li key={problem}>
                  <Typography.Text type="danger">{problem}</Typography.Text>
                </li>
              ))}
            </ul>
          ) : null}
          <Select
            mode="tags"
            value={draft ?? settings.data.allow_list}
            onChange={(values: string[]) => setDraft(values.map((value) => value.trim()).filter(Boolean))}
            tokenSeparators={[",", " "]}
            open={false}
            placeholder={t("settings.allowListPlaceholder")}
            aria-label={t("settings.allowList")}
            suffixIcon={null}
          />
          <div>
            <Button
              type="primary"
              disabled={draft === null}
              loading={save.isPending}
              onClick={() =>
                draft && save.mutate(draft, { onSuccess: () => { setDraft(null); message.success(t("settings.saved")); } })
              }
            >
              {t("settings.save")}
            </Button>
          </div>
          <Divider style={{ margin: "8px 0" }} />
          <Typography.Text strong>{t("settings.secret")}</Typography.Text>
          <Typography.Text type="secondary">{t("settings.secretHelp")}</Typography.Text>
          <ErrorAlert error={rotate.error} />
          <div>
            <Popconfirm
              title={t("settings.rotateTitle")}
              description={t("settings.rotateText")}
              okText={t("settings.rotate")}
              okButtonProps={{ danger: true }}
              cancelText={t("actions.cancel", { ns: "common" })}
              onConfirm={() => rotate.mutate(undefined, { onSuccess: (data) => setSecret(data.secret) })}
            >
              <Button loading={rotate.isPending}>{t("settings.rotate")}</Button>
            </Popconfirm>
          </div>
        </Flex>
      )}
      <SecretOnceModal secret={secret} title={t("settings.secretShown")} description={t("settings.secretHelp")} onClose={() => setSecret(null)} />
    </Card>
  );
}
