// How states and edges read on the canvas, in the user's language.
import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { type Doc, type StateDef, isJoin, isSplit, splitsOf } from "../../model";
import { formatClockDuration } from "../inputs/DurationInput";
import type { Describe } from "./build-graph";
import type { NodeBadge } from "./types";

export function useDescribe(): Describe {
  const { t } = useTranslation("designer");
  return useMemo(() => describeWith(t), [t]);
}

function describeWith(t: TFunction<"designer">): Describe {

  const nameOf = (doc: Doc, key: string | null | undefined) =>
    key ? (doc.states.find((item) => item.key === key)?.name ?? key) : "—";

  const summary = (state: StateDef, doc: Doc): string => {
    const who = state.participant;
    if (state.type === "end") return t("summary.end");
    if (isSplit(state.type)) return t("summary.joinsAt", { name: nameOf(doc, state.join) });
    if (isJoin(state.type)) return t("summary.joinOf", { name: nameOf(doc, splitsOf(doc, state.key)[0]?.key) });
    if (who.kind === "none") return state.type === "start" ? t("summary.creator") : t("summary.nobody");
    switch (who.kind) {
      case "users":
        return t("summary.users", { names: who.users.join(", ") || "—" });
      case "departments":
        return t("summary.departments", { names: who.departments.join(", ") || "—", scope: t(`participant.scopes.${who.department_scope}`) });
      case "roles":
        return t("summary.roles", { names: who.roles.join(", ") || "—" });
      case "variable":
        return who.variable ? t(`participant.variables.${who.variable}`) : t("participant.kinds.variable");
      case "field":
        return t("summary.field", { name: who.field ?? "—" });
      case "parent_field":
        return t("summary.parentField", { name: who.field ?? "—" });
      case "hook":
        return t("summary.hook", { url: who.hook ? who.hook.url.replace(/^https?:\/\//, "").split("/")[0] : "—" });
      case "script":
        return t("summary.script", { code: who.script ?? "—" });
    }
  };

  const badges = (state: StateDef, doc: Doc): NodeBadge[] => {
    const out: NodeBadge[] = [];
    if (state.sla) {
      const duration = formatClockDuration(state.sla.duration_seconds, state.sla.clock, t);
      out.push({ kind: "sla", text: duration, tooltip: t("badges.sla", { duration, action: t(`sla.actions.${state.sla.action}`) }) });
    }
    const timers = doc.transitions.filter((transition) => transition.source === state.key && transition.kind === "timer");
    if (timers.length) out.push({ kind: "timer", tooltip: t("badges.timer", { count: timers.length }) });
    if (state.participant.kind === "script") out.push({ kind: "hook", tooltip: t("badges.robotScript") });
    if (state.participant.kind === "hook") {
      out.push({ kind: "hook", tooltip: t(state.participant.hook?.wait ? "badges.hookWait" : "badges.hook") });
    }
    if (state.distribution.kind === "countersign") out.push({ kind: "countersign", tooltip: t("badges.countersign") });
    if (state.scripts.length) out.push({ kind: "scripts", text: String(state.scripts.length), tooltip: t("badges.scripts", { codes: state.scripts.join(", ") }) });
    const rules = doc.notifications.filter((rule) => rule.states.includes(state.key)).length;
    if (rules) out.push({ kind: "notifications", tooltip: t("badges.notifications", { count: rules }) });
    return out;
  };

  const branchLabel = (name: string, index: number) => t("branches.edgeLabel", { name, number: index + 1 });

  return { summary, badges, branchLabel };
}
