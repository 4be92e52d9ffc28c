import { App, Drawer, Tabs } from "antd";
import { useTranslation } from "react-i18next";
import type { AppRecord } from "../api/apps";
import { AppGrants } from "./AppGrants";
import { AppSettingsForm } from "./AppSettingsForm";
import { AppSigningSecret } from "./AppSigningSecret";
import { AppTokens } from "./AppTokens";

type Props = {
  open: boolean;
  /** The app being edited; null while a new one is being registered. */
  app: AppRecord | null;
  tab: string;
  onTab: (tab: string) => void;
  /** A new app was created with its first token (shown once): the drawer carries on with it. */
  onCreated: (app: AppRecord, token?: string) => void;
  onClose: () => void;
};

/** An app in a drawer: settings, tokens, acting grants and signing secret, one tab each. */
export function AppDrawer({ open, app, tab, onTab, onCreated, onClose }: Props) {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={760}
      destroyOnHidden
      title={app ? t("apps.editTitle", { name: app.name }) : t("apps.createTitle")}
    >
      {app ? (
        <Tabs
          activeKey={tab}
          onChange={onTab}
          items={[
            { key: "settings", label: t("apps.tabs.settings"), children: <AppSettingsForm key={app.id} app={app} onSaved={() => message.success(t("apps.saved"))} /> },
            { key: "tokens", label: <span data-testid="app-tab-tokens">{t("apps.tabs.tokens")}</span>, children: <AppTokens app={app} /> },
            { key: "grants", label: t("apps.tabs.grants"), children: <AppGrants app={app} /> },
            { key: "signing", label: t("apps.tabs.signing"), children: <AppSigningSecret app={app} /> },
          ]}
        />
      ) : (
        <AppSettingsForm
          app={null}
          onSaved={(created, token) => {
            message.success(t("apps.created"));
            onCreated(created, token);
          }}
        />
      )}
    </Drawer>
  );
}
