// The ways out of a state: listed (click to edit), and added from here without dragging on the canvas
// (a keyboard-friendly way to connect), including timers.
import { ClockCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, List, Select, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import { type StateDef, isGateway } from "../../model";
import { DurationInput, formatClockDuration } from "../inputs/DurationInput";
import { useTransitionName } from "../use-transition-name";
import { stateOptions } from "../options";

export function OutgoingTransitions({ state }: { state: StateDef }) {
  const { t } = useTranslation("designer");
  const { doc, dispatch, select } = useDesigner();
  const transitionName = useTransitionName();
  const [target, setTarget] = useState<string | undefined>();
  const outgoing = doc.transitions.filter((transition) => transition.source === state.key);
  const states = stateOptions(doc.states);
  const nameOf = (key: string) => doc.states.find((item) => item.key === key)?.name ?? key;

  if (state.type === "end") {
    return <Typography.Text type="secondary">{t("outgoing.endState")}</Typography.Text>;
  }
  return (
    <>
      <List
        size="small"
        dataSource={outgoing}
        locale={{ emptyText: t("outgoing.none") }}
        renderItem={(transition) => (
          <List.Item
            style={{ paddingInline: 0 }}
            actions={[
              <Button key="edit" size="small" type="link" onClick={() => select({ kind: "transition", key: transition.key })} data-testid={`outgoing-${transition.key}`}>
                {t("actions.edit", { ns: "common" })}
              </Button>,
            ]}
          >
            <Flex gap={6} align="center" wrap>
              {transition.kind === "timer" && <ClockCircleOutlined />}
              <Typography.Text strong>{transition.name}</Typography.Text>
              <Typography.Text type="secondary">→ {nameOf(transition.target)}</Typography.Text>
              {transition.kind === "timer" && transition.timer_seconds ? <Tag>{formatClockDuration(transition.timer_seconds, transition.timer_clock, t)}</Tag> : null}
            </Flex>
          </List.Item>
        )}
      />
      <Space.Compact style={{ width: "100%", marginTop: 8 }}>
        <Select
          value={target}
          onChange={setTarget}
          options={states}
          placeholder={t("outgoing.addTo")}
          style={{ flex: 1 }}
          aria-label={t("outgoing.addTo")}
          data-testid="add-transition-target"
        />
        <Button
          icon={<PlusOutlined />}
          disabled={!target}
          onClick={() => {
            if (!target) return;
            dispatch({ type: "connect", source: state.key, target, name: transitionName(state.key, target) });
            setTarget(undefined);
          }}
          data-testid="add-transition"
        >
          {t("outgoing.add")}
        </Button>
      </Space.Compact>
      {/* A gateway is passed at once: nothing waits there for a timer. */}
      {!isGateway(state.type) && <TimerAdder state={state} />}
    </>
  );
}

function TimerAdder({ state }: { state: StateDef }) {
  const { t } = useTranslation("designer");
  const { doc, dispatch } = useDesigner();
  const [timerTarget, setTimerTarget] = useState<string | undefined>();
  const [timerSeconds, setTimerSeconds] = useState<number | null>(86400);
  const states = stateOptions(doc.states);
  return (
    <>
      <Typography.Text type="secondary" style={{ display: "block", margin: "12px 0 4px", fontSize: 13 }}>
        {t("outgoing.timerHelp")}
      </Typography.Text>
      <Flex gap={4} wrap>
        <Select
          value={timerTarget}
          onChange={setTimerTarget}
          options={states}
          placeholder={t("outgoing.timerTarget")}
          style={{ flex: "1 1 140px" }}
          aria-label={t("outgoing.timerTarget")}
          data-testid="add-timer-target"
        />
        <div style={{ flex: "1 1 160px" }}>
          <DurationInput value={timerSeconds} onChange={setTimerSeconds} testId="add-timer-duration" ariaLabel={t("outgoing.timerAfter")} />
        </div>
        <Button
          icon={<ClockCircleOutlined />}
          disabled={!timerTarget || !timerSeconds}
          onClick={() => {
            if (!timerTarget || !timerSeconds) return;
            dispatch({
              type: "connect",
              source: state.key,
              target: timerTarget,
              name: t("defaults.timerName"),
              patch: { kind: "timer", timer_seconds: timerSeconds, check_required_fields: false },
            });
            setTimerTarget(undefined);
          }}
          data-testid="add-timer"
        >
          {t("outgoing.addTimer")}
        </Button>
      </Flex>
    </>
  );
}
