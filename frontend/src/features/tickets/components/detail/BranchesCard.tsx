import { Card, Flex, List, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { TicketDetail } from "../../types";
import { HandlerTags } from "./HandlerTags";
import { SlaDue } from "./SlaDue";

type Props = {
  branches: NonNullable<TicketDetail["branches"]>;
  /** Where a branch started (its key → a name). */
  branchName: (key: string) => string;
};

/** The parallel branches the ticket runs now: where each is, whether it still runs or waits at the
 *  join for the others, since when, and who it waits for. */
export function BranchesCard({ branches, branchName }: Props) {
  const { t } = useTranslation("tickets");
  return (
    <Card title={t("branches.title")} data-testid="branches-card">
      <List
        size="small"
        dataSource={branches}
        rowKey="key"
        renderItem={(branch) => {
          const active = branch.status === "active";
          const started = branchName(branch.key);
          return (
            <List.Item data-testid={`branch-${branch.key}`}>
              <Flex vertical gap={4} style={{ width: "100%" }}>
                <Flex gap={8} wrap align="center">
                  <Tag color={active ? "blue" : "default"} style={{ marginInlineEnd: 0 }} data-testid="branch-state">
                    {branch.state.name}
                  </Tag>
                  <Tag color={active ? "processing" : "warning"} style={{ marginInlineEnd: 0 }} data-testid="branch-status">
                    {t(`branches.status.${branch.status}`, { defaultValue: branch.status })}
                  </Tag>
                  {started !== branch.state.name ? (
                    <Typography.Text type="secondary">{t("branches.startedAt", { name: started })}</Typography.Text>
                  ) : null}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} title={dayjs(branch.entered_at).format("YYYY-MM-DD HH:mm:ss")}>
                    {t("branches.since", { time: dayjs(branch.entered_at).format("YYYY-MM-DD HH:mm") })}
                  </Typography.Text>
                  {active && branch.sla ? <SlaDue sla={branch.sla} testId="branch-sla-due" /> : null}
                </Flex>
                {active ? (
                  branch.handlers.length ? (
                    <HandlerTags handlers={branch.handlers} testId="branch-handlers" />
                  ) : (
                    <Typography.Text type="secondary">{t("detail.noHandlers")}</Typography.Text>
                  )
                ) : null}
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
