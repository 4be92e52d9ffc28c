// The test run: fill the form as a creator would, say where a person should take another way, and see
// the path a ticket would take and who each state would ask (the server writes nothing).
import { PlayCircleOutlined } from "@ant-design/icons";
import { Button, Divider, Drawer, Form, Select, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { ProblemList, problemsOf } from "@/components/ProblemList";
import { UserSelect } from "@/entities/users";
import { ApiError } from "@/lib/api-error";
import { useSimulate } from "../../api/use-simulate";
import type { Doc, FieldType } from "../../model";
import { DefaultValueInput } from "../fields/DefaultValueInput";
import { SimulationResult } from "./SimulationResult";

/** Field types the form has no simple input for (the run goes on without them). */
const SKIPPED = new Set<FieldType>(["attachment", "table"]);
const GATEWAYS = new Set(["parallel_split", "parallel_join", "inclusive_split", "inclusive_join"]);

interface SimulationDrawerProps {
  open: boolean;
  onClose: () => void;
  workflowId: number;
  doc: Doc;
}

export function SimulationDrawer({ open, onClose, workflowId, doc }: SimulationDrawerProps) {
  const { t } = useTranslation("designer");
  const simulate = useSimulate(workflowId);
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [creator, setCreator] = useState<number | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});

  const fields = useMemo(() => [...doc.fields].sort((a, b) => a.order - b.order).filter((field) => !SKIPPED.has(field.type)), [doc.fields]);
  // States where the run could go several ways (automatic ways out of gateways are the engine's).
  const forks = useMemo(
    () =>
      doc.states
        .filter((state) => !GATEWAYS.has(state.type))
        .map((state) => ({ state, ways: doc.transitions.filter((transition) => transition.source === state.key && transition.kind !== "auto") }))
        .filter(({ ways }) => ways.length > 1),
    [doc],
  );

  const run = () => {
    const known = new Set(doc.fields.map((field) => field.key));
    const filled = Object.fromEntries(Object.entries(values).filter(([key, value]) => known.has(key) && value !== null && value !== undefined));
    const chosen = Object.fromEntries(Object.entries(choices).filter(([key, way]) => way && forks.some(({ state }) => state.key === key)));
    simulate.mutate({ doc, values: filled, creator, choices: chosen });
  };

  const error = simulate.error;
  const problems = error instanceof ApiError && error.status === 422 ? problemsOf(error) : [];

  return (
    <Drawer open={open} onClose={onClose} width={600} title={t("simulation.title")} data-testid="simulate-drawer">
      <Typography.Paragraph type="secondary">{t("simulation.intro")}</Typography.Paragraph>
      <Form layout="vertical" onFinish={run}>
        <Form.Item label={t("simulation.creator")} extra={t("simulation.creatorHint")}>
          <UserSelect value={creator} onChange={setCreator} data-testid="simulate-creator" aria-label={t("simulation.creator")} />
        </Form.Item>
        {fields.map((field) => (
          <Form.Item key={field.key} label={field.label} required={field.required}>
            <DefaultValueInput
              field={{ ...field, default: values[field.key] ?? null }}
              onChange={(value) => setValues((current) => ({ ...current, [field.key]: value }))}
              testId={`simulate-field-${field.key}`}
              label={field.label}
              emptyText={t("simulation.noValue")}
            />
          </Form.Item>
        ))}
        {forks.length > 0 && <Divider plain>{t("simulation.choices")}</Divider>}
        {forks.map(({ state, ways }) => (
          <Form.Item key={state.key} label={state.name}>
            <Select<string>
              allowClear
              value={choices[state.key]}
              onChange={(next) => setChoices((current) => ({ ...current, [state.key]: next ?? "" }))}
              placeholder={t("simulation.defaultChoice")}
              options={ways.map((way) => ({ value: way.key, label: way.name }))}
              data-testid={`simulate-choice-${state.key}`}
              aria-label={state.name}
            />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" icon={<PlayCircleOutlined />} loading={simulate.isPending} data-testid="simulate-run">
          {t("simulation.run")}
        </Button>
      </Form>
      <Divider />
      {problems.length > 0 ? <ProblemList title={t("simulation.refused")} problems={problems} testId="simulate-problems" /> : <ErrorAlert error={error} />}
      {simulate.data && !error && <SimulationResult result={simulate.data} doc={doc} />}
    </Drawer>
  );
}
