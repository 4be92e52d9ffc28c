import { App, Button, Flex, Select, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useWorkflows } from "@/entities/workflows";
import type { AppRecord } from "../api/apps";
import { useAppGrants, useSetAppGrants } from "../api/grants";

const ALL = "*";
const KEY = /^(\*|[A-Za-z0-9][A-Za-z0-9_.-]{0,63})$/;

/** Which workflows the app may act for people on (`X-Acting-User`): some by key, or all ("*"). */
export function AppGrants({ app }: { app: AppRecord }) {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const grants = useAppGrants(app.id);
  const workflows = useWorkflows();
  const save = useSetAppGrants();
  const [draft, setDraft] = useState<string[] | null>(null);
  if (grants.isPending) return <Skeleton active />;
  if (grants.isError) return <ErrorAlert error={grants.error} />;
  const current = grants.data.map((grant) => grant.workflow_key);
  const value = draft ?? current;
  const invalid = value.filter((key) => !KEY.test(key));

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("grants.help")}
      </Typography.Paragraph>
      {!app.scopes.includes("workflows") && !app.scopes.includes("admin") ? (
        <Typography.Text type="warning">{t("grants.needsScope")}</Typography.Text>
      ) : null}
      <ErrorAlert error={save.error} />
      <Select
        mode="tags"
        value={value}
        onChange={(keys: string[]) => setDraft(keys.includes(ALL) && !value.includes(ALL) ? [ALL] : keys)}
        placeholder={t("grants.placeholder")}
        loading={workflows.isPending}
        status={invalid.length ? "error" : undefined}
        aria-label={t("grants.title")}
        data-testid="app-grants"
        options={[
          { value: ALL, label: t("grants.all") },
          ...(workflows.data ?? []).map((workflow) => ({ value: workflow.key, label: `${workflow.name} (${workflow.key})` })),
        ]}
      />
      {invalid.length ? <Typography.Text type="danger">{t("grants.invalid", { keys: invalid.join(", ") })}</Typography.Text> : null}
      <div>
        <Button
          type="primary"
          disabled={draft === null || invalid.length > 0}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { appId: app.id, workflowKeys: value },
              { onSuccess: () => { setDraft(null); message.success(t("grants.saved")); } },
            )
          }
        >
          {t("grants.save")}
        </Button>
      </div>
    </Flex>
  );
}
