import { Card, Space, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useProfile } from "../api/use-profile";
import { ContactForm } from "../components/ContactForm";
import { LanguageSection } from "../components/LanguageSection";
import { PasswordForm } from "../components/PasswordForm";
import { PersonalTokensCard } from "../components/PersonalTokensCard";

type Props = {
  /** The notification preferences section (the inbox feature's; the app composes it in). */
  notifications?: ReactNode;
  /** Where my delegations are managed (the delegations feature's page). */
  delegationsTo?: string;
};

/** /profile: my name and e-mail address, my language, my password, my notifications, delegations and personal tokens. */
export function ProfilePage({ notifications, delegationsTo = "/delegations" }: Props) {
  const { t } = useTranslation("profile");
  const me = useProfile();
  if (me.isError) return <Page title={t("title")}><ErrorAlert error={me.error} /></Page>;
  if (!me.data) return <Page title={t("title")}><Card loading /></Page>;
  return (
    <Page title={t("title")}>
      <Space direction="vertical" size={16} style={{ width: "100%", maxWidth: 880 }}>
        <ContactForm me={me.data} />
        <LanguageSection me={me.data} />
        <PasswordForm />
        {notifications}
        <Card title={t("delegations.title")} data-testid="profile-delegations">
          <Typography.Paragraph type="secondary">{t("delegations.intro")}</Typography.Paragraph>
          <Link to={delegationsTo} data-testid="profile-delegations-link">
            {t("delegations.link")}
          </Link>
        </Card>
        <PersonalTokensCard admin={me.data.is_tenant_admin} />
      </Space>
    </Page>
  );
}
