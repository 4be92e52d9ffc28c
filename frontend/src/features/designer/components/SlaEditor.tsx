// A state's SLA: how long a ticket may stay, what happens then (remind / escalate / take a transition),
// and optionally a warning to the handlers some time before it runs out (on the same clock).
import { Form, InputNumber, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import type { ProblemHelp } from "../hooks/use-problem-help";
import { useDesigner } from "../hooks/use-designer";
import { PARTICIPANT_KINDS, SLA_ACTIONS, type Sla, type SlaAction, type StateDef, emptyParticipant } from "../model";
import { ClockDurationInput } from "./inputs/ClockDurationInput";
import { DurationInput } from "./inputs/DurationInput";
import { ParticipantEditor } from "./ParticipantEditor";
import { optionsOf, stateOptions } from "./options";

type Help = (under: string, exact?: boolean) => ProblemHelp;

const DAY = 86400;

/** A first warning time: a day before on working days, else a quarter of the limit (a minute at least). */
function defaultWarning(sla: Sla): number {
  return sla.clock === "working_days" ? DAY : Math.max(60, Math.floor(sla.duration_seconds / 4 / 60) * 60);
}

/** Working days count whole days: a warning moved onto that clock is rounded to days (one at least). */
function warningOn(clock: Sla["clock"], warn: number | null | undefined): number | null {
  if (!warn) return null;
  return clock === "working_days" ? Math.max(1, Math.round(warn / DAY)) * DAY : warn;
}

function WarningEditor({ sla, onChange, help }: { sla: Sla; onChange: (sla: Sla) => void; help: Help }) {
  const { t } = useTranslation("designer");
  const warn = sla.warn_before_seconds ?? null;
  const set = (seconds: number | null) => onChange({ ...sla, warn_before_seconds: seconds });
  return (
    <>
      <Form.Item label={t("sla.warn")} extra={t("sla.warnHelp")} {...help("sla.warn_before_seconds", true)}>
        <Switch checked={warn !== null} onChange={(on) => set(on ? defaultWarning(sla) : null)} data-testid="sla-warn-enabled" />
      </Form.Item>
      {warn !== null &&
        (sla.clock === "working_days" ? (
          <Form.Item label={t("sla.warnBefore")}>
            <InputNumber
              min={1}
              max={366}
              step={1}
              value={Math.max(1, Math.round(warn / DAY))}
              onChange={(next) => set(Math.max(1, Math.round(Number(next ?? 1))) * DAY)}
              suffix={t("clock.days")}
              style={{ width: "100%" }}
              data-testid="sla-warn-days"
              aria-label={t("sla.warnBefore")}
            />
          </Form.Item>
        ) : (
          <Form.Item label={t("sla.warnBefore")}>
            <DurationInput value={warn} onChange={(seconds) => set(seconds ?? 60)} testId="sla-warn" ariaLabel={t("sla.warnBefore")} />
          </Form.Item>
        ))}
    </>
  );
}

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
              onChange={(seconds, clock) => {
                const next: Sla = { ...sla, duration_seconds: seconds ?? 1, clock: clock === "wall" ? null : clock };
                if (sla.warn_before_seconds) next.warn_before_seconds = warningOn(next.clock, sla.warn_before_seconds);
                onChange(next);
              }}
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
          <WarningEditor sla={sla} onChange={onChange} help={help} />
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
