import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import type { Workflow } from "../types";
import { draftRevision } from "../utils/versions";

/** Whether the draft holds work not yet published. */
export function DraftStatusTag({ workflow }: { workflow: Workflow }) {
  const { t } = useTranslation("workflows");
  if (workflow.current_version === null) {
    return (
      <Tooltip title={t("draft.neverPublishedHint")}>
        <Tag color="orange">{t("draft.neverPublished")}</Tag>
      </Tooltip>
    );
  }
  const edited = (draftRevision(workflow.draft_etag) ?? 1) > 1;
  return edited ? (
    <Tooltip title={t("draft.changedHint", { number: workflow.draft_version })}>
      <Tag color="gold">{t("draft.changed")}</Tag>
    </Tooltip>
  ) : (
    <Tag>{t("draft.upToDate")}</Tag>
  );
}

const VERSION_COLORS: Record<string, string> = { published: "green", archived: "default", draft: "blue" };

export function VersionStatusTag({ status }: { status: string }) {
  const { t } = useTranslation("workflows");
  return <Tag color={VERSION_COLORS[status] ?? "default"}>{t(`versions.statuses.${status}`, { defaultValue: status })}</Tag>;
}
