import { Descriptions, Typography } from "antd";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { SyncSummary } from "../api/sync";

const PARTS = ["users", "departments", "roles", "memberships"] as const;
const COUNTS = ["created", "updated", "deactivated", "unchanged"] as const;

/** What a directory sync did: created / updated / deactivated / unchanged for each kind of record. */
export function SyncCounts({ summary }: { summary: SyncSummary }) {
  const { t } = useTranslation("directory");
  const line = (part: (typeof PARTS)[number]) =>
    COUNTS.map((count, index) => {
      const value = summary[part][count] ?? 0;
      const changed = value > 0 && count !== "unchanged";
      return (
        <Fragment key={count}>
          {index ? <Typography.Text type="secondary"> · </Typography.Text> : null}
          <Typography.Text type={changed ? undefined : "secondary"} strong={changed}>
            {t(`sync.counts.${count}`, { count: value })}
          </Typography.Text>
        </Fragment>
      );
    });
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 1, lg: 2, xl: 2, xxl: 2 }}
      data-testid="sync-counts"
      // One span per item: the item's content is a flex box, which would drop the spaces around the dots.
      items={PARTS.map((part) => ({ key: part, label: t(`sync.parts.${part}`), children: <span>{line(part)}</span> }))}
    />
  );
}
