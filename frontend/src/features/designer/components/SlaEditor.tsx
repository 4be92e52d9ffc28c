// A state's SLA: how long a ticket may stay, and what happens then (remind / escalate / take a transition).
import { Form, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import type { ProblemHelp } from "../hooks/use-problem-help";
import { useDesigner } from "../hooks/use-designer";
import { PARTICIPANT_KINDS, SLA_ACTIONS, type Sla, type SlaAction, type StateDef, emptyParticipant } from "../model";
import { ClockDurationInput } from "./inputs/ClockDurationInput";
import { ParticipantEditor } from "./ParticipantEditor";
import { optionsOf, stateOptions } from "./options";

type Help = (under: string, exact?: boolean) => ProblemHelp;

export function SlaEditor({ state, onChange, help }: { state: StateDef; onChange: (sla: Sla | null) => void; help: Help }) {
  const { t } = useTranslation("designer");
  const { doc } = useDesigner();
  const sla = state.sla;
  const outgoing = doc.transitions.filter((transition) => transition.source === state.key);

  const setAction = (action: SlaAction) => {
    if (!sla) return;
    onChange({
      ...sla,
      action,
      escalate_to: action === "escalate" ? (sla.escalate_to ?? emptyParticipant("users")) : null,
      transition: action === "auto_transition" ? (sla.transition ?? outgoing[0]?.key ?? null) : null,
    });
  };

  return (
    <>
      <Form.Item label={t("sla.enabled")} {...help("sla", true)}>
        <Switch
          checked={sla !== null}
          onChange={(on) => onChange(on ? { duration_seconds: 86400, action: "remind", escalate_to: null, transition: null } : null)}
          data-testid="sla-enabled"
        />
      </Form.Item>
      {sla && (
        <>
          <Form.Item label={t("sla.duration")} {...help("sla.duration_seconds")} {...help("sla.clock")} extra={sla.clock && sla.clock !== "wall" ? t("clock.help") : undefined}>
            <ClockDurationInput
              seconds={sla.duration_seconds}
              clock={sla.clock}
              onChange={(seconds, clock) => onChange({ ...sla, duration_seconds: seconds ?? 1, clock: clock === "wall" ? null : clock })}
              testId="sla-duration"
              ariaLabel={t("sla.duration")}
            />
          </Form.Item>
          <Form.Item label={t("sla.action")} {...help("sla.action")}>
            <Select
              value={sla.action}
              onChange={setAction}
              options={optionsOf(SLA_ACTIONS, (action) => t(`sla.actions.${action}`))}
              data-testid="sla-action"
              aria-label={t("sla.action")}
            />
          </Form.Item>
          {sla.action === "auto_transition" && (
            <Form.Item label={t("sla.transition")} {...help("sla.transition")}>
              <Select
                value={sla.transition ?? undefined}
                onChange={(transition) => onChange({ ...sla, transition })}
                placeholder={t("sla.transitionPlaceholder")}
                notFoundContent={t("sla.noTransitions")}
                options={stateOptions(outgoing.map((transition) => ({ key: transition.key, name: transition.name })))}
                data-testid="sla-transition"
                aria-label={t("sla.transition")}
              />
            </Form.Item>
          )}
          {sla.action === "escalate" && sla.escalate_to && (
            <fieldset className="designer-fieldset">
              <legend>{t("sla.escalateTo")}</legend>
              <ParticipantEditor
                value={sla.escalate_to}
                onChange={(escalate_to) => onChange({ ...sla, escalate_to })}
                help={(under) => help(`sla.escalate_to.${under}`)}
                testId="escalate"
                kinds={PARTICIPANT_KINDS.filter((kind) => !["none", "hook", "script"].includes(kind))}
              />
            </fieldset>
          )}
        </>
      )}
    </>
  );
}
