// One condition, built (rows) or written (an expression), switching between the two; optionally
// "always" (no condition at all). Used by a transition's conditional branches and by the branches
// out of an inclusive split.
import { App, Form, Input, Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import type { HelpFor } from "../../hooks/use-problem-help";
import type { Condition } from "../../model";
import { ConditionSyntaxError, parseExpression, toExpression } from "../../model/conditions";
import { ConditionBuilder, emptyComparison } from "./ConditionBuilder";

export interface Conditional {
  condition: Condition | null;
  expression: string | null;
}

type Mode = "always" | "builder" | "expression";

interface ConditionEditorProps {
  value: Conditional;
  onChange: (next: Conditional) => void;
  help: HelpFor;
  /** Where the condition sits in its element (`branches.0`), or "" for the element itself. */
  path: string;
  testId: string;
  label: string;
  /** Offer "always" (no condition). */
  always?: boolean;
}

export function conditionMode(value: Conditional, always = false): Mode {
  if (always && value.condition === null && value.expression === null) return "always";
  return value.expression !== null && value.condition === null ? "expression" : "builder";
}

export function ConditionEditor({ value, onChange, help, path, testId, label, always = false }: ConditionEditorProps) {
  const { t } = useTranslation("designer");
  const { doc } = useDesigner();
  const { modal } = App.useApp();
  const at = (name: string) => (path ? `${path}.${name}` : name);
  const mode = conditionMode(value, always);
  const fresh = (): Conditional => ({ expression: null, condition: { groups: [[emptyComparison(doc.fields[0]?.key)]] } });

  const toBuilder = () => {
    const text = value.expression?.trim() ?? "";
    if (!text) {
      onChange(fresh());
      return;
    }
    try {
      onChange({ expression: null, condition: parseExpression(text) });
    } catch (error) {
      const reason = error instanceof ConditionSyntaxError ? `${error.message} (${error.position})` : String(error);
      modal.confirm({
        title: t("branches.cannotConvertTitle"),
        content: t("branches.cannotConvert", { reason }),
        okText: t("branches.discardExpression"),
        cancelText: t("actions.cancel", { ns: "common" }),
        onOk: () => onChange(fresh()),
      });
    }
  };

  const switchTo = (next: Mode) => {
    if (next === "always") onChange({ condition: null, expression: null });
    else if (next === "expression") onChange({ condition: null, expression: value.condition ? toExpression(value.condition) : "" });
    else if (mode === "always") onChange(fresh());
    else toBuilder();
  };

  const modes: Mode[] = always ? ["always", "builder", "expression"] : ["builder", "expression"];
  // Each label carries its mode, so end-to-end tests pick one in any language.
  const options = modes.map((item) => ({ value: item, label: <span data-testid={`${testId}-mode-${item}`}>{t(`branches.${item}`)}</span> }));

  return (
    <>
      <Form.Item label={label} {...(path ? help(path, true) : {})}>
        <Segmented size="small" value={mode} onChange={(next) => switchTo(next as Mode)} options={options} data-testid={`${testId}-mode`} />
      </Form.Item>
      {mode === "expression" && (
        <Form.Item {...help(at("expression"))} extra={t("branches.expressionHelp")}>
          <Input.TextArea
            value={value.expression ?? ""}
            onChange={(event) => onChange({ condition: null, expression: event.target.value })}
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={4000}
            spellCheck={false}
            style={{ fontFamily: "monospace" }}
            placeholder='days > 3 and leave_type in ["annual", "personal"]'
            aria-label={t("branches.expression")}
            data-testid={`${testId}-expression`}
          />
        </Form.Item>
      )}
      {mode === "builder" && (
        <Form.Item {...help(at("condition"))}>
          <ConditionBuilder
            value={value.condition ?? { groups: [] }}
            onChange={(condition) => onChange({ condition, expression: null })}
            testId={`${testId}-condition`}
          />
        </Form.Item>
      )}
    </>
  );
}
