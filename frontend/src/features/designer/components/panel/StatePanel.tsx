// Everything about one state: name, key, type, handlers, options, SLA, sub-process, ways out, scripts,
// notifications. A gateway is passed by the engine at once: it shows its join instead of handlers,
// options, SLA and scripts (and holds no field permissions).
import { Form, Input, Segmented, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import { useProblemHelp } from "../../hooks/use-problem-help";
import { STATE_TYPES, type StateDef, type StateType, isGateway, problemsOf } from "../../model";
import { DistributionEditor } from "../DistributionEditor";
import { KeyInput } from "../inputs/KeyInput";
import { ParticipantEditor } from "../ParticipantEditor";
import { ScriptSelect } from "../pickers/DirectorySelect";
import { SlaEditor } from "../SlaEditor";
import { SubprocessEditor } from "../SubprocessEditor";
import { GatewaySettings } from "./GatewaySettings";
import { OutgoingTransitions } from "./OutgoingTransitions";
import { PanelHeader } from "./PanelHeader";
import { Section } from "./Section";
import { StateNotifications } from "./StateNotifications";
import { StateTypeTag } from "./StateTypeTag";

export function StatePanel({ state }: { state: StateDef }) {
  const { t } = useTranslation("designer");
  const { doc, dispatch, problems, remove } = useDesigner();
  const help = useProblemHelp("state", state.key);
  const update = (patch: Partial<Omit<StateDef, "key">>) => dispatch({ type: "updateState", key: state.key, patch });
  const gateway = isGateway(state.type);

  const setType = (type: StateType) =>
    // An end state has no handlers, exits or SLA; a start state is the creator's.
    update(
      type === "normal"
        ? { type }
        : { type, participant: { ...state.participant, kind: "none" }, distribution: { kind: "any", countersign: null }, sla: type === "end" ? null : state.sla },
    );

  return (
    <Form layout="vertical" size="middle" data-testid="state-panel" onSubmitCapture={(event) => event.preventDefault()}>
      <PanelHeader
        title={state.name || state.key}
        tag={<StateTypeTag type={state.type} />}
        problems={problemsOf(problems, "state", state.key)}
        onDelete={() => remove({ kind: "state", key: state.key })}
        deleteTestId="delete-state"
      />
      <Form.Item label={t("state.name")} required {...help("name")}>
        <Input
          value={state.name}
          onChange={(event) => update({ name: event.target.value })}
          maxLength={200}
          status={state.name.trim() ? undefined : "error"}
          data-testid="state-name"
        />
      </Form.Item>
      <KeyInput
        value={state.key}
        taken={doc.states.map((item) => item.key)}
        onCommit={(to) => dispatch({ type: "renameState", from: state.key, to })}
        owner={{ kind: "state", key: state.key }}
        testId="state-key"
      />
      {!gateway && (
        <Form.Item label={t("state.type")} {...help("type")}>
          <Segmented
            block
            value={state.type}
            onChange={(type) => setType(type as StateType)}
            options={STATE_TYPES.map((type) => ({ value: type, label: t(`stateTypes.${type}`) }))}
            data-testid="state-type"
          />
        </Form.Item>
      )}

      {gateway ? (
        <Section title={t("gateway.title")}>
          <GatewaySettings state={state} help={help} />
        </Section>
      ) : (
        <StateWork state={state} />
      )}

      <Section title={t("outgoing.title")}>
        <OutgoingTransitions state={state} />
      </Section>

      {!gateway && (
        <Section title={t("scripts.title")}>
          <Form.Item extra={t("scripts.stateHelp")} {...help("scripts")}>
            <ScriptSelect
              value={state.scripts}
              onChange={(scripts) => update({ scripts: scripts.slice(0, 10) })}
              testId="state-scripts"
              ariaLabel={t("scripts.title")}
            />
          </Form.Item>
        </Section>
      )}

      <Section title={t("notifications.title")}>
        <StateNotifications state={state} />
      </Section>
    </Form>
  );
}

/** What happens in a state people work in: handlers, options, SLA and sub-process. */
function StateWork({ state }: { state: StateDef }) {
  const { t } = useTranslation("designer");
  const { dispatch } = useDesigner();
  const help = useProblemHelp("state", state.key);
  const update = (patch: Partial<Omit<StateDef, "key">>) => dispatch({ type: "updateState", key: state.key, patch });
  return (
    <>
      <Section title={t("state.handlers")}>
        {state.type === "normal" ? (
          <>
            <ParticipantEditor
              value={state.participant}
              onChange={(participant) => update({ participant })}
              help={(under, exact) => help(`participant.${under}`, exact)}
              testId="participant"
            />
            <DistributionEditor value={state.distribution} onChange={(distribution) => update({ distribution })} help={help} />
          </>
        ) : (
          <Typography.Paragraph type="secondary">{t(state.type === "start" ? "state.startHandlers" : "state.endHandlers")}</Typography.Paragraph>
        )}
      </Section>

      {state.type !== "end" && (
        <Section title={t("state.options")}>
          <Form.Item label={t("state.canWithdraw")} extra={t("state.canWithdrawHelp")}>
            <Switch checked={state.can_withdraw} onChange={(can_withdraw) => update({ can_withdraw })} data-testid="state-can-withdraw" />
          </Form.Item>
          {state.type === "normal" && (
            <Form.Item label={t("state.reuseLastHandler")} extra={t("state.reuseLastHandlerHelp")}>
              <Switch
                checked={state.reuse_last_handler}
                onChange={(reuse_last_handler) => update({ reuse_last_handler })}
                data-testid="state-reuse-last-handler"
              />
            </Form.Item>
          )}
        </Section>
      )}

      {state.type !== "end" && (
        <Section title={t("sla.title")}>
          <SlaEditor state={state} onChange={(sla) => update({ sla })} help={help} />
        </Section>
      )}

      {(state.type === "normal" || state.subprocess !== null) && (
        <Section title={t("subprocess.title")}>
          <SubprocessEditor state={state} onChange={(subprocess) => update({ subprocess })} help={help} />
        </Section>
      )}
    </>
  );
}
