import { Card, Divider, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SecretOnceModal } from "@/components/SecretOnceModal";
import type { PersonalTokenIssued } from "../types";
import { formatTime } from "../utils/format";
import { PersonalTokenForm } from "./PersonalTokenForm";
import { PersonalTokenTable } from "./PersonalTokenTable";

/** My personal tokens (for my scripts and AI agents): the list, and a form to make one, shown once. */
export function PersonalTokensCard({ admin }: { admin: boolean }) {
  const { t } = useTranslation("profile");
  // The token just made: shown once, then forgotten.
  const [issued, setIssued] = useState<PersonalTokenIssued | null>(null);
  return (
    <Card title={t("tokens.title")} data-testid="profile-tokens">
      <Typography.Paragraph type="secondary">{t("tokens.intro")}</Typography.Paragraph>
      <PersonalTokenTable />
      <Divider orientation="left" orientationMargin={0}>
        {t("tokens.newTitle")}
      </Divider>
      <PersonalTokenForm admin={admin} onCreated={setIssued} />
      <SecretOnceModal
        secret={issued?.token ?? null}
        title={t("tokens.issuedTitle")}
        description={t("tokens.issuedText", { date: formatTime(issued?.expires_at) })}
        onClose={() => setIssued(null)}
      />
    </Card>
  );
}
