import { Space } from "antd";
import { Suspense, lazy } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { Page } from "@/components/Page";
import { useMe } from "@/features/auth";
import { loadGettingStartedChecklist, useChecklist } from "@/features/onboarding";

// Only admins of a tenant getting started see the checklist: everyone else never fetches its code.
const GettingStartedChecklist = lazy(() => loadGettingStartedChecklist().then((module) => ({ default: module.GettingStartedChecklist })));

/** "/": admins of a tenant still getting started see the checklist; everyone else goes to their to-do list. */
export function HomePage() {
  const { t } = useTranslation("onboarding");
  const me = useMe();
  const admin = Boolean(me.data?.is_tenant_admin);
  const checklist = useChecklist(admin);
  if (admin && checklist.isPending) return null;
  const show = admin && checklist.data && !checklist.data.complete && !checklist.data.dismissed;
  if (!show) return <Navigate to="/tickets?view=todo" replace />;
  return (
    <Page title={t("checklist.title")} extra={<Link to="/tickets?view=todo">{t("checklist.myWork")}</Link>}>
      <Space direction="vertical" size={16} style={{ width: "100%", maxWidth: 880 }}>
        <Suspense fallback={null}>
          <GettingStartedChecklist />
        </Suspense>
      </Space>
    </Page>
  );
}
