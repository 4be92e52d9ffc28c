import { PlusOutlined } from "@ant-design/icons";
import { Button, Tabs } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Page } from "@/components/Page";
import { SecretOnceModal } from "@/components/SecretOnceModal";
import { useApps } from "../api/apps";
import { AppDrawer } from "../components/AppDrawer";
import { AppTable } from "../components/AppTable";
import { PersonalTokenList } from "../components/PersonalTokenList";

/**
 * Apps (internal systems calling the API) and, in the drawer, their tokens, grants and secret; in a
 * second tab, everyone's personal tokens. The tab is in the URL, so either can be linked to.
 */
export function AppsPage() {
  const { t } = useTranslation("integrations");
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") === "personal-tokens" ? "personal-tokens" : "apps";
  const apps = useApps();
  const [drawer, setDrawer] = useState<{ open: boolean; appId: number | null; tab: string }>({ open: false, appId: null, tab: "settings" });
  // Read the app from the list each render, so the drawer follows saves (scopes, secret set…).
  const current = apps.data?.find((app) => app.id === drawer.appId) ?? null;
  // The first token, issued with a new app: shown once, then forgotten.
  const [issued, setIssued] = useState<{ app: string; token: string } | null>(null);

  return (
    <Page
      title={t("apps.title")}
      extra={
        tab === "apps" ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, appId: null, tab: "settings" })} data-testid="app-create">
            {t("apps.create")}
          </Button>
        ) : null
      }
    >
      <Tabs
        activeKey={tab}
        // Each tab starts afresh: the personal tokens' filters do not follow to the apps.
        onChange={(key) => setParams(key === "apps" ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: "apps",
            label: <span data-testid="apps-tab-apps">{t("personalTokens.appsTab")}</span>,
            children: <AppTable onOpen={(appId, appTab) => setDrawer({ open: true, appId, tab: appTab })} />,
          },
          {
            key: "personal-tokens",
            label: <span data-testid="apps-tab-personal-tokens">{t("personalTokens.tab")}</span>,
            children: <PersonalTokenList />,
          },
        ]}
      />
      <AppDrawer
        open={drawer.open}
        app={current}
        tab={drawer.tab}
        onTab={(appTab) => setDrawer((state) => ({ ...state, tab: appTab }))}
        onCreated={(app, token) => {
          setDrawer({ open: true, appId: app.id, tab: "tokens" });
          if (token) setIssued({ app: app.name, token });
        }}
        onClose={() => setDrawer((state) => ({ ...state, open: false }))}
      />
      <SecretOnceModal
        secret={issued?.token ?? null}
        title={t("tokens.issuedTitle")}
        description={t("tokens.issuedText", { app: issued?.app ?? "" })}
        onClose={() => setIssued(null)}
      />
    </Page>
  );
}
