// A test run's answer: the path as a timeline, each state with who would be asked and what would fire,
// the branches a split starts side by side, and how the run ended.
import { Alert, Card, Flex, Tag, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { userLabel } from "@/entities/users";
import type { SimulatedStep, SimulationOut } from "../../api/use-simulate";
import type { Doc } from "../../model";
import { formatClockDuration } from "../inputs/DurationInput";

type Segment = { kind: "step"; step: SimulatedStep } | { kind: "parallel"; lanes: { key: string; steps: SimulatedStep[] }[] };

/** The steps in order, a run of steps on branches gathered into lanes (one per branch of the outermost split). */
export function segmentsOf(steps: SimulatedStep[]): Segment[] {
  const segments: Segment[] = [];
  for (const step of steps) {
    if (!step.branch) {
      segments.push({ kind: "step", step });
      continue;
    }
    let last = segments[segments.length - 1];
    if (last?.kind !== "parallel") {
      last = { kind: "parallel", lanes: [] };
      segments.push(last);
    }
    const top = step.branch.split("/")[0];
    let lane = last.lanes.find((candidate) => candidate.key === top);
    if (!lane) {
      lane = { key: top, steps: [] };
      last.lanes.push(lane);
    }
    lane.steps.push(step);
  }
  return segments;
}

const OUTCOME_TYPE = { finished: "success", waits: "info", too_many_steps: "warning", no_handlers: "error", no_branch: "error" } as const;

export function SimulationResult({ result, doc }: { result: SimulationOut; doc: Doc }) {
  const { t } = useTranslation("designer");
  const stateName = (key: string | null) => doc.states.find((state) => state.key === key)?.name ?? key ?? "";
  return (
    <div data-testid="simulate-result">
      <Alert
        type={OUTCOME_TYPE[result.outcome]}
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="simulate-outcome"
        message={t(`simulation.outcome.${result.outcome}`, { state: stateName(result.end_state ?? result.stopped_at) })}
        description={result.message || undefined}
      />
      <Timeline
        items={segmentsOf(result.steps).map((segment, index) =>
          segment.kind === "step"
            ? { key: index, children: <StepView step={segment.step} doc={doc} /> }
            : {
                key: index,
                color: "purple",
                children: (
                  <Flex gap={8} wrap data-testid="simulate-parallel">
                    {segment.lanes.map((lane) => (
                      <Card key={lane.key} size="small" style={{ flex: "1 1 200px" }} title={<BranchTitle branch={lane.key} doc={doc} />} data-testid={`simulate-lane-${lane.key}`}>
                        {lane.steps.map((step, position) => (
                          <StepView key={position} step={step} doc={doc} />
                        ))}
                      </Card>
                    ))}
                  </Flex>
                ),
              },
        )}
      />
    </div>
  );
}

function BranchTitle({ branch, doc }: { branch: string; doc: Doc }) {
  const { t } = useTranslation("designer");
  const edge = branch.split(":").pop() ?? branch;
  const name = doc.transitions.find((transition) => transition.key === edge)?.name ?? edge;
  return <span>{t("simulation.branch", { name })}</span>;
}

function StepView({ step, doc }: { step: SimulatedStep; doc: Doc }) {
  const { t } = useTranslation("designer");
  const transitionName = (key: string) => doc.transitions.find((transition) => transition.key === key)?.name ?? key;
  const more = step.handlers_total - step.handlers.length;
  const lines: string[] = [];
  const kind = step.distribution?.kind;
  if (kind && step.handlers_total) lines.push(t(`simulation.distribution.${kind}`, { defaultValue: kind, count: step.handlers_total, required: step.distribution?.required ?? step.handlers_total }));
  for (const timer of step.timers) lines.push(t("simulation.timer", { transition: transitionName(timer.transition), after: formatClockDuration(timer.seconds, timer.clock, t) }));
  for (const hook of step.hooks) lines.push(t(hook.wait ? "simulation.hookWaits" : "simulation.hook", { host: hook.host }));
  if (step.sla) lines.push(t("simulation.sla", { after: formatClockDuration(step.sla.seconds, step.sla.clock, t), action: t(`sla.actions.${step.sla.action}`, { defaultValue: step.sla.action }) }));
  if (step.sla?.warn_before_seconds) lines.push(t("simulation.slaWarning", { before: formatClockDuration(step.sla.warn_before_seconds, step.sla.clock, t) }));
  if (step.subtickets) lines.push(step.subtickets.workflow ? t("simulation.subtickets", { count: step.subtickets.count ?? 0, workflow: step.subtickets.workflow }) : t("simulation.subticketsByHand"));
  if (step.scripts.length) lines.push(t("simulation.scripts", { codes: step.scripts.join(", ") }));
  return (
    <div style={{ marginBottom: 8 }} data-testid={`simulate-step-${step.state}`}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{step.state_name}</Typography.Text>
        {step.state_type !== "normal" && <Tag>{t(`simulation.stateType.${step.state_type}`, { defaultValue: step.state_type })}</Tag>}
        {step.transition_taken && <Typography.Text type="secondary">→ {transitionName(step.transition_taken)}</Typography.Text>}
      </Flex>
      {step.handlers.length > 0 && (
        <Flex gap={4} wrap style={{ marginTop: 4 }} data-testid={`simulate-handlers-${step.state}`}>
          {step.handlers.map((person) => (
            <Tag key={person.id} color="blue">
              {userLabel(person)}
            </Tag>
          ))}
          {more > 0 && <Tag>{t("simulation.more", { count: more })}</Tag>}
        </Flex>
      )}
      {lines.map((line) => (
        <div key={line}>
          <Typography.Text type="secondary">{line}</Typography.Text>
        </div>
      ))}
    </div>
  );
}
