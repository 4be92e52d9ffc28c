// A transition's conditional branches: tried in order, the first whose condition holds picks its
// target. Each condition is either built (rows) or written (an expression); one can switch between them.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Form, Select, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import type { HelpFor } from "../../hooks/use-problem-help";
import type { Branch, TransitionDef } from "../../model";
import { emptyComparison } from "./ConditionBuilder";
import { ConditionEditor } from "./ConditionEditor";
import { stateOptions } from "../options";

interface BranchesEditorProps {
  transition: TransitionDef;
  onChange: (branches: Branch[]) => void;
  help: HelpFor;
}

export function BranchesEditor({ transition, onChange, help }: BranchesEditorProps) {
  const { t } = useTranslation("designer");
  const { doc } = useDesigner();
  const branches = transition.branches;
  const states = stateOptions(doc.states);

  const set = (index: number, branch: Branch) => onChange(branches.map((item, i) => (i === index ? branch : item)));
  const move = (index: number, delta: number) => {
    const next = [...branches];
    [next[index], next[index + delta]] = [next[index + delta], next[index]];
    onChange(next);
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
            <ConditionEditor
              value={branch}
              onChange={(condition) => set(index, { ...branch, ...condition })}
              help={help}
              path={path}
              testId={testId}
              label={t("branches.condition")}
            />
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
