import { Empty, Flex, Tag, Timeline, Typography, theme } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { relativeTime } from "@/lib/relative-time";
import type { FieldSpec, FlowLogEntry } from "../../types";
import { branchLabel } from "../../utils/branches";
import { FieldChanges } from "./FieldChanges";

const COLORS: Record<string, string> = {
  create: "blue",
  transition: "green",
  vote: "green",
  accept: "blue",
  withdraw: "red",
  close: "red",
  force_state: "orange",
  hook_failed: "red",
  timer_failed: "red",
  script_failed: "red",
  sla_breached: "orange",
  sla_warning: "gold",
  comment: "gray",
};

type Props = {
  entries: FlowLogEntry[];
  /** State key → name, transition key → name (from the ticket's workflow version). */
  stateNames: Map<string, string>;
  transitionNames: Map<string, string>;
  /** The ticket's fields by key, to label and format the values a row changed. */
  specs: Map<string, FieldSpec>;
  /** Who the ticket waits for now (shown as the pending last step), if it is still open. */
  waitingFor?: string[];
  /** What to call the parallel branch a row happened on (its key → a name). */
  branchName?: (key: string) => string;
};

/** A script or hook that acted (a robot state's result, a script's fields), as the flow log names it. */
const ROBOT = /^(script|hook):/;

/** The ticket's history: who did what, from which state to which, with their comment, what it did
 *  to the fields (old → new), when. */
export function FlowLogTimeline({ entries, stateNames, transitionNames, specs, waitingFor, branchName = (key) => branchLabel(key) }: Props) {
  const { t, i18n } = useTranslation("tickets");
  const { token } = theme.useToken();
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("log.empty")} />;
  const state = (key: string) => stateNames.get(key) ?? key;
  const label = (key: string) => specs.get(key)?.label ?? key;
  return (
    <Timeline
      data-testid="flow-log"
      pending={waitingFor?.length ? t("log.waiting", { names: waitingFor.join(", ") }) : undefined}
      items={entries.map((entry) => {
        const who = entry.actor
          ? entry.actor.display_name || entry.actor.username
          : entry.via_app
            ? t(ROBOT.test(entry.via_app) ? "log.robot" : "log.app", { app: entry.via_app })
            : t("log.system");
        const changes = entry.field_changes ?? [];
        const changed = Object.keys(entry.changed_fields ?? {});
        const passedTo = ["deliver", "consult", "delegate"].includes(entry.action) ? String(entry.changed_fields?.to ?? "") : "";
        // An SLA warning: how long was left when it fired ("SLA due in 1 hour"), and when exactly.
        const slaDue = entry.action === "sla_warning" ? String(entry.changed_fields?.sla_due_at ?? "") : "";
        const behalf = entry.on_behalf_of ? entry.on_behalf_of.display_name || entry.on_behalf_of.username : "";
        return {
          key: `log-${entry.id}`,
          color: COLORS[entry.action] ?? "blue",
          children: (
            <Flex vertical gap={2} data-testid={`log-${entry.action}`}>
              <span>
                {entry.branch ? (
                  <Tag title={entry.branch} style={{ fontSize: 11, lineHeight: "18px" }} data-testid={`log-branch-${entry.id}`}>
                    {branchName(entry.branch)}
                  </Tag>
                ) : null}
                <Typography.Text strong>{who}</Typography.Text>{" "}
                {behalf && entry.action !== "delegate" ? (
                  <Typography.Text type="secondary" data-testid={`log-behalf-${entry.id}`}>
                    {t("log.onBehalfOf", { name: behalf })}{" "}
                  </Typography.Text>
                ) : null}
                <Typography.Text>{t(`log.actions.${entry.action}`, { defaultValue: entry.action })}</Typography.Text>
                {entry.transition ? (
                  <Typography.Text>
                    {" · "}
                    {transitionNames.get(entry.transition) ?? entry.transition}
                  </Typography.Text>
                ) : null}
                {passedTo ? <Typography.Text> → {passedTo}</Typography.Text> : null}
              </span>
              {entry.from_state && entry.to_state && entry.from_state !== entry.to_state ? (
                <Typography.Text type="secondary">
                  {state(entry.from_state)} → {state(entry.to_state)}
                </Typography.Text>
              ) : entry.action === "create" && entry.to_state ? (
                <Typography.Text type="secondary">→ {state(entry.to_state)}</Typography.Text>
              ) : null}
              {entry.comment ? (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap", background: token.colorFillQuaternary, padding: "4px 8px", borderRadius: 4 }}>
                  {entry.comment}
                </Typography.Paragraph>
              ) : null}
              {slaDue ? (
                <Typography.Text type="secondary" data-testid={`log-sla-due-${entry.id}`}>
                  {t("log.slaDue", {
                    in: relativeTime(entry.created_at, slaDue, i18n.language),
                    due: dayjs(slaDue).format("YYYY-MM-DD HH:mm"),
                  })}
                </Typography.Text>
              ) : changes.length ? (
                <FieldChanges changes={changes} specs={specs} initial={entry.action === "create"} />
              ) : changed.length && !passedTo && entry.action !== "create" ? (
                // Rows logged before old → new was kept (or other data, such as a hook's handlers): just what changed.
                <Typography.Text type="secondary">{t("log.changed", { fields: changed.map(label).join(", ") })}</Typography.Text>
              ) : null}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dayjs(entry.created_at).format("YYYY-MM-DD HH:mm:ss")}
              </Typography.Text>
            </Flex>
          ),
        };
      })}
    />
  );
}
