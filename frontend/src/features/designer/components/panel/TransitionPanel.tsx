// Everything about one transition: its button, where it goes, how it is taken, and its branches. Out of
// a gateway the engine takes it (`auto`): no button, meaning, confirmation or required-field check;
// out of an inclusive split it may start only when its condition holds.
import { Button, Form, Input, Select, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import { useProblemHelp } from "../../hooks/use-problem-help";
import {
  TRANSITION_ATTRIBUTES,
  TRANSITION_KINDS,
  type TransitionDef,
  type TransitionKind,
  fromGateway,
  fromInclusiveSplit,
  problemsOf,
  sourcePatch,
} from "../../model";
import { BranchesEditor } from "../conditions/BranchesEditor";
import { ConditionEditor } from "../conditions/ConditionEditor";
import { ClockDurationInput } from "../inputs/ClockDurationInput";
import { KeyInput } from "../inputs/KeyInput";
import { ScriptSelect } from "../pickers/DirectorySelect";
import { FixAlert } from "./FixAlert";
import { PanelHeader } from "./PanelHeader";
import { Section } from "./Section";
import { optionsOf, stateOptions } from "../options";

export function TransitionPanel({ transition }: { transition: TransitionDef }) {
  const { t } = useTranslation("designer");
  const { doc, dispatch, problems, remove } = useDesigner();
  const help = useProblemHelp("transition", transition.key);
  const update = (patch: Partial<Omit<TransitionDef, "key">>) => dispatch({ type: "updateTransition", key: transition.key, patch });
  const states = stateOptions(doc.states);
  const gateway = fromGateway(doc, transition);
  const kinds: TransitionKind[] = transition.kind === "auto" && !gateway ? [...TRANSITION_KINDS, "auto"] : TRANSITION_KINDS;

  return (
    <Form layout="vertical" data-testid="transition-panel" onSubmitCapture={(event) => event.preventDefault()}>
      <PanelHeader
        title={transition.name || transition.key}
        tag={null}
        problems={problemsOf(problems, "transition", transition.key)}
        onDelete={() => remove({ kind: "transition", key: transition.key })}
        deleteTestId="delete-transition"
      />
      <Form.Item
        label={t(gateway ? "transition.gatewayName" : "transition.name")}
        required
        extra={t(gateway ? "transition.gatewayNameHelp" : "transition.nameHelp")}
        {...help("name")}
      >
        <Input
          value={transition.name}
          onChange={(event) => update({ name: event.target.value })}
          maxLength={200}
          status={transition.name.trim() ? undefined : "error"}
          data-testid="transition-name"
        />
      </Form.Item>
      <KeyInput
        value={transition.key}
        taken={doc.transitions.map((item) => item.key)}
        onCommit={(to) => dispatch({ type: "renameTransition", from: transition.key, to })}
        owner={{ kind: "transition", key: transition.key }}
        testId="transition-key"
      />
      <Form.Item label={t("transition.source")} {...help("source")}>
        <Select value={transition.source} onChange={(source: string) => update(sourcePatch(doc, transition, source))} options={states} data-testid="transition-source" aria-label={t("transition.source")} />
      </Form.Item>
      <Form.Item label={t("transition.target")} {...help("target")}>
        <Select value={transition.target} onChange={(target: string) => update({ target })} options={states} data-testid="transition-target" aria-label={t("transition.target")} />
      </Form.Item>
      {gateway ? (
        <Form.Item label={t("transition.kind")} extra={t("transition.kindHelp.auto")} {...help("kind")}>
          {transition.kind === "auto" ? (
            <Typography.Text data-testid="transition-auto">{t("transition.kinds.auto")}</Typography.Text>
          ) : (
            <Button onClick={() => update({ kind: "auto", timer_seconds: null, check_required_fields: false })} data-testid="transition-make-auto">
              {t("transition.makeAuto")}
            </Button>
          )}
        </Form.Item>
      ) : (
        <>
          <Form.Item label={t("transition.attribute")} {...help("attribute")}>
            <Select
              value={transition.attribute}
              onChange={(attribute) => update({ attribute })}
              options={optionsOf(TRANSITION_ATTRIBUTES, (attribute) => t(`transition.attributes.${attribute}`))}
              data-testid="transition-attribute"
              aria-label={t("transition.attribute")}
            />
          </Form.Item>
          <Form.Item label={t("transition.kind")} extra={t(`transition.kindHelp.${transition.kind}`)} {...help("kind")}>
            <Select
              value={transition.kind}
              onChange={(kind: TransitionKind) =>
                update({ kind, timer_seconds: kind === "timer" ? (transition.timer_seconds ?? 86400) : null })
              }
              options={optionsOf(kinds, (kind) => t(`transition.kinds.${kind}`))}
              data-testid="transition-kind"
              aria-label={t("transition.kind")}
            />
          </Form.Item>
          {transition.kind === "timer" && (
            <Form.Item label={t("transition.timer")} {...help("timer_seconds")} {...help("timer_clock")}>
              <ClockDurationInput
                seconds={transition.timer_seconds}
                clock={transition.timer_clock}
                onChange={(timer_seconds, clock) => update({ timer_seconds, timer_clock: clock === "wall" ? null : clock })}
                testId="transition-timer"
                ariaLabel={t("transition.timer")}
              />
            </Form.Item>
          )}
          <Form.Item label={t("transition.checkRequired")} extra={t("transition.checkRequiredHelp")}>
            <Switch
              checked={transition.check_required_fields}
              onChange={(check_required_fields) => update({ check_required_fields })}
              data-testid="transition-check-required"
            />
          </Form.Item>
          <Form.Item label={t("transition.confirmText")} extra={t("transition.confirmTextHelp")} {...help("confirm_text")}>
            <Input.TextArea
              value={transition.confirm_text}
              onChange={(event) => update({ confirm_text: event.target.value })}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={500}
              data-testid="transition-confirm-text"
            />
          </Form.Item>
        </>
      )}

      {fromInclusiveSplit(doc, transition) && (
        <Section title={t("transition.startsWhen")}>
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t("transition.startsWhenHelp")}
          </Typography.Paragraph>
          <ConditionEditor
            value={transition}
            onChange={(condition) => update(condition)}
            help={help}
            path=""
            testId="start-condition"
            label={t("transition.startsIf")}
            always
          />
        </Section>
      )}

      {!fromInclusiveSplit(doc, transition) && (transition.condition !== null || transition.expression !== null) && (
        <FixAlert
          message={t("transition.conditionNotAllowed")}
          fix={t("transition.dropCondition")}
          onFix={() => update({ condition: null, expression: null })}
          testId="transition-drop-condition"
        />
      )}

      {(!gateway || transition.branches.length > 0) && (
        <Section title={t("branches.heading")}>
          <BranchesEditor transition={transition} onChange={(branches) => update({ branches })} help={help} />
        </Section>
      )}

      <Section title={t("scripts.title")}>
        <Form.Item extra={t("scripts.transitionHelp")} {...help("scripts")}>
          <ScriptSelect
            value={transition.scripts}
            onChange={(scripts) => update({ scripts: scripts.slice(0, 10) })}
            testId="transition-scripts"
            ariaLabel={t("scripts.title")}
          />
        </Form.Item>
      </Section>
    </Form>
  );
}
