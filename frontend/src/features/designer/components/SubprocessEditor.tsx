// A state's sub-process settings (docs/workflows.md, "Sub-processes"): which published workflow the
// engine files sub-tickets of (none: the handlers file them), one per table row or a fixed number,
// what each sub-ticket's fields get, and when the state moves on.
import { Alert, Form, InputNumber, Segmented, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { useWorkflows } from "@/entities/workflows";
import { useDesigner } from "../hooks/use-designer";
import type { HelpFor } from "../hooks/use-problem-help";
import type { StateDef, Subprocess } from "../model";
import { optionsOf, stateOptions } from "./options";
import { SubprocessValues } from "./SubprocessValues";

const CONTINUE_ON: Subprocess["continue_on"][] = ["all_finished", "first_rejection"];
const WHEN_NONE: Subprocess["when_none"][] = ["continue", "wait"];

export function emptySubprocess(): Subprocess {
  return { workflow: null, rows: null, count: null, values: {}, continue_on: "all_finished", when_none: "continue" };
}

/** The published workflows, "Name (key)" by key. */
function WorkflowSelect({ value, onChange }: { value: string | null; onChange: (key: string | null) => void }) {
  const { t } = useTranslation("designer");
  const workflows = useWorkflows();
  const published = (workflows.data ?? []).filter((workflow) => workflow.current_version !== null);
  return (
    <Select
      value={value ?? undefined}
      allowClear
      showSearch
      optionFilterProp="label"
      loading={workflows.isLoading}
      onChange={(key?: string) => onChange(key ?? null)}
      options={stateOptions(published)}
      placeholder={t("subprocess.workflowPlaceholder")}
      aria-label={t("subprocess.workflow")}
      data-testid="subprocess-workflow"
    />
  );
}

interface SubprocessEditorProps {
  state: StateDef;
  onChange: (subprocess: Subprocess | null) => void;
  help: HelpFor;
}

export function SubprocessEditor({ state, onChange, help }: SubprocessEditorProps) {
  const { t } = useTranslation("designer");
  const { doc } = useDesigner();
  const settings = state.subprocess;
  const waits = doc.transitions.some((transition) => transition.source === state.key && transition.kind === "subtickets");
  const tables = doc.fields.filter((field) => field.type === "table");
  const set = (patch: Partial<Subprocess>) => settings && onChange({ ...settings, ...patch });

  const setWorkflow = (workflow: string | null) => {
    if (!settings) return;
    // Rows, count and values only apply when the engine files the sub-tickets; filing needs one of rows and count.
    const counted = settings.rows !== null || settings.count !== null;
    set(workflow ? { workflow, ...(counted ? {} : { count: 1 }) } : { workflow: null, rows: null, count: null, values: {} });
  };

  return (
    <div data-testid="subprocess">
      <Form.Item label={t("subprocess.enabled")} extra={t("subprocess.enabledHelp")} {...help("subprocess", true)}>
        <Switch checked={settings !== null} onChange={(on) => onChange(on ? emptySubprocess() : null)} data-testid="subprocess-enabled" />
      </Form.Item>
      {settings && !waits && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("subprocess.needsTransition")} data-testid="subprocess-needs-transition" />}
      {settings && (
        <>
          <Form.Item label={t("subprocess.workflow")} extra={t("subprocess.workflowHelp")} {...help("subprocess.workflow")}>
            <WorkflowSelect value={settings.workflow} onChange={setWorkflow} />
          </Form.Item>
          {settings.workflow && (
            <>
              <Form.Item label={t("subprocess.howMany")} {...help("subprocess", true)}>
                <Segmented
                  block
                  value={settings.rows !== null ? "rows" : "count"}
                  onChange={(mode) => set(mode === "rows" && tables.length ? { rows: tables[0].key, count: null } : { rows: null, count: 1 })}
                  options={[
                    { value: "rows", label: t("subprocess.perRow"), disabled: !tables.length },
                    { value: "count", label: t("subprocess.fixedCount") },
                  ]}
                  data-testid="subprocess-how"
                />
              </Form.Item>
              {settings.rows !== null ? (
                <Form.Item label={t("subprocess.rows")} extra={t("subprocess.rowsHelp")} {...help("subprocess.rows")}>
                  <Select
                    value={settings.rows}
                    onChange={(rows: string) => set({ rows })}
                    options={stateOptions(tables.map((field) => ({ key: field.key, name: field.label })))}
                    notFoundContent={t("subprocess.noTables")}
                    placeholder={t("subprocess.rowsPlaceholder")}
                    aria-label={t("subprocess.rows")}
                    data-testid="subprocess-rows"
                  />
                </Form.Item>
              ) : (
                <Form.Item label={t("subprocess.count")} {...help("subprocess.count")}>
                  <InputNumber
                    min={1}
                    max={50}
                    precision={0}
                    value={settings.count ?? undefined}
                    onChange={(count) => set({ count: count ?? 1 })}
                    aria-label={t("subprocess.count")}
                    data-testid="subprocess-count"
                  />
                </Form.Item>
              )}
              <Form.Item label={t("subprocess.values")} extra={t("subprocess.valuesHelp")} {...help("subprocess.values", true)}>
                <SubprocessValues settings={settings} onChange={(values) => set({ values })} help={help} />
              </Form.Item>
            </>
          )}
          <Form.Item label={t("subprocess.continueOn")} {...help("subprocess.continue_on")}>
            <Select
              value={settings.continue_on}
              onChange={(continue_on) => set({ continue_on })}
              options={optionsOf(CONTINUE_ON, (value) => t(`subprocess.continueOnKinds.${value}`))}
              aria-label={t("subprocess.continueOn")}
              data-testid="subprocess-continue-on"
            />
          </Form.Item>
          <Form.Item label={t("subprocess.whenNone")} {...help("subprocess.when_none")}>
            <Select
              value={settings.when_none}
              onChange={(when_none) => set({ when_none })}
              options={optionsOf(WHEN_NONE, (value) => t(`subprocess.whenNoneKinds.${value}`))}
              aria-label={t("subprocess.whenNone")}
              data-testid="subprocess-when-none"
            />
          </Form.Item>
        </>
      )}
    </div>
  );
}
