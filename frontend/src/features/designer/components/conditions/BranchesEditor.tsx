// A transition's conditional branches: tried in order, the first whose condition holds picks its
// target. Each condition is either built (rows) or written (an expression); one can switch between them.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, Form, Input, Segmented, Select, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import type { HelpFor } from "../../hooks/use-problem-help";
import type { Branch, TransitionDef } from "../../model";
import { ConditionSyntaxError, parseExpression, toExpression } from "../../model/conditions";
import { ConditionBuilder, emptyComparison } from "./ConditionBuilder";
import { stateOptions } from "../options";

interface BranchesEditorProps {
  transition: TransitionDef;
  onChange: (branches: Branch[]) => void;
  help: HelpFor;
}

export function BranchesEditor({ transition, onChange, help }: BranchesEditorProps) {
  const { t } = useTranslation("designer");
  const { doc } = useDesigner();
  const { modal } = App.useApp();
  const branches = transition.branches;
  const states = stateOptions(doc.states);

  const set = (index: number, branch: Branch) => onChange(branches.map((item, i) => (i === index ? branch : item)));
  const move = (index: number, delta: number) => {
    const next = [...branches];
    [next[index], next[index + delta]] = [next[index + delta], next[index]];
    onChange(next);
  };

  const toExpressionMode = (index: number, branch: Branch) =>
    set(index, { ...branch, condition: null, expression: branch.condition ? toExpression(branch.condition) : "" });

  const toBuilderMode = (index: number, branch: Branch) => {
    const text = branch.expression?.trim() ?? "";
    if (!text) {
      set(index, { ...branch, expression: null, condition: { groups: [[emptyComparison(doc.fields[0]?.key)]] } });
      return;
    }
    try {
      set(index, { ...branch, expression: null, condition: parseExpression(text) });
    } catch (error) {
      const reason = error instanceof ConditionSyntaxError ? `${error.message} (${error.position})` : String(error);
      modal.confirm({
        title: t("branches.cannotConvertTitle"),
        content: t("branches.cannotConvert", { reason }),
        okText: t("branches.discardExpression"),
        cancelText: t("actions.cancel", { ns: "common" }),
        onOk: () => set(index, { ...branch, expression: null, condition: { groups: [[emptyComparison(doc.fields[0]?.key)]] } }),
      });
    }
  };

  return (
    <div data-testid="branches">
      {branches.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t("branches.none")}
        </Typography.Paragraph>
      )}
      {branches.map((branch, index) => {
        const path = `branches.${index}`;
        const expressionMode = branch.expression !== null && branch.condition === null;
        const testId = `branch-${index}`;
        return (
          <Card
            key={index}
            size="small"
            style={{ marginBottom: 8 }}
            title={t("branches.title", { number: index + 1 })}
            data-testid={testId}
            extra={
              <Flex gap={2}>
                <Tooltip title={t("branches.moveUp")}>
                  <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("branches.moveUp")} />
                </Tooltip>
                <Tooltip title={t("branches.moveDown")}>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    disabled={index === branches.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={t("branches.moveDown")}
                  />
                </Tooltip>
                <Tooltip title={t("branches.remove")}>
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => onChange(branches.filter((_, i) => i !== index))}
                    aria-label={t("branches.remove")}
                    data-testid={`${testId}-remove`}
                  />
                </Tooltip>
              </Flex>
            }
          >
            <Form.Item label={t("branches.target")} {...help(`${path}.target`)}>
              <Select
                value={branch.target || undefined}
                onChange={(target: string) => set(index, { ...branch, target })}
                options={states}
                aria-label={t("branches.target")}
                data-testid={`${testId}-target`}
              />
            </Form.Item>
            <Form.Item label={t("branches.condition")} {...help(path, true)}>
              <Segmented
                size="small"
                value={expressionMode ? "expression" : "builder"}
                onChange={(mode) => (mode === "expression" ? toExpressionMode(index, branch) : toBuilderMode(index, branch))}
                options={[
                  { value: "builder", label: t("branches.builder") },
                  { value: "expression", label: t("branches.expression") },
                ]}
                data-testid={`${testId}-mode`}
              />
            </Form.Item>
            {expressionMode ? (
              <Form.Item {...help(`${path}.expression`)} extra={t("branches.expressionHelp")}>
                <Input.TextArea
                  value={branch.expression ?? ""}
                  onChange={(event) => set(index, { ...branch, expression: event.target.value })}
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  maxLength={4000}
                  spellCheck={false}
                  style={{ fontFamily: "monospace" }}
                  placeholder='days > 3 and leave_type in ["annual", "personal"]'
                  aria-label={t("branches.expression")}
                  data-testid={`${testId}-expression`}
                />
              </Form.Item>
            ) : (
              <Form.Item {...help(`${path}.condition`)}>
                <ConditionBuilder
                  value={branch.condition ?? { groups: [] }}
                  onChange={(condition) => set(index, { ...branch, condition, expression: null })}
                  testId={`${testId}-condition`}
                />
              </Form.Item>
            )}
          </Card>
        );
      })}
      <Button
        icon={<PlusOutlined />}
        onClick={() =>
          onChange([
            ...branches,
            { condition: { groups: [[emptyComparison(doc.fields[0]?.key)]] }, expression: null, target: transition.target },
          ])
        }
        data-testid="add-branch"
      >
        {t("branches.add")}
      </Button>
    </div>
  );
}
