// Every publishing problem of the document, each a button that shows the element it is about, and
// after them the warnings (what may go wrong at run time; they do not block publishing).
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from "@ant-design/icons";
import { Alert, Badge, Button, Card, Flex, List, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../hooks/use-designer";
import { type LocatedProblem, problemSelection } from "../model";

interface ProblemsPanelProps {
  checking: boolean;
  /** The check itself failed (network, server). */
  failed: boolean;
  onRetry: () => void;
}

export function ProblemsPanel({ checking, failed, onRetry }: ProblemsPanelProps) {
  const { t } = useTranslation("designer");
  const { doc, problems, warnings = [], select } = useDesigner();
  const items = [...problems.map((problem) => ({ problem, warning: false })), ...warnings.map((problem) => ({ problem, warning: true }))];

  const where = (problem: LocatedProblem): string => {
    const target = problem.target;
    if (target.kind === "state") return t("problems.where.state", { name: doc.states.find((s) => s.key === target.key)?.name ?? target.key });
    if (target.kind === "transition")
      return t("problems.where.transition", { name: doc.transitions.find((x) => x.key === target.key)?.name ?? target.key });
    if (target.kind === "field") return t("problems.where.field", { name: doc.fields.find((f) => f.key === target.key)?.label ?? target.key });
    return t("problems.where.document", { path: problem.path || "—" });
  };

  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      data-testid="problems-panel"
      title={
        <Flex gap={8} align="center">
          {checking ? <LoadingOutlined /> : problems.length ? <ExclamationCircleOutlined style={{ color: "#ff4d4f" }} /> : <CheckCircleOutlined style={{ color: "#52c41a" }} />}
          <span>{t("problems.title")}</span>
          <Badge count={problems.length} showZero={false} data-testid="problem-count" />
          {warnings.length > 0 && <Badge count={warnings.length} color="orange" data-testid="warning-count" />}
        </Flex>
      }
    >
      {failed && (
        <Alert
          type="warning"
          showIcon
          message={t("problems.checkFailed")}
          action={
            <Button size="small" onClick={onRetry}>
              {t("problems.retry")}
            </Button>
          }
          style={{ marginBottom: 8 }}
        />
      )}
      {items.length === 0 ? (
        <Typography.Text type="secondary" data-testid="no-problems">
          {checking ? t("problems.checking") : t("problems.none")}
        </Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={items}
          style={{ maxHeight: 220, overflow: "auto" }}
          renderItem={({ problem, warning }, index) => {
            const selection = problemSelection(problem);
            const testId = warning ? `warning-${index - problems.length}` : `problem-${index}`;
            return (
              // The item stays a list item (axe: a list holds only items); what it leads to is a button inside.
              <List.Item className={selection ? "designer-problem-item" : undefined}>
                <Flex
                  gap={8}
                  align="baseline"
                  wrap
                  style={{ width: "100%" }}
                  onClick={selection ? () => select(selection) : undefined}
                  onKeyDown={
                    selection
                      ? (event) => {
                          if (event.key === "Enter" || event.key === " ") {
                            event.preventDefault();
                            select(selection);
                          }
                        }
                      : undefined
                  }
                  tabIndex={selection ? 0 : undefined}
                  role={selection ? "button" : undefined}
                  data-testid={testId}
                >
                  {warning && <Tag color="orange">{t("problems.warning")}</Tag>}
                  <Tag color={warning ? "gold" : "red"}>{t(`problemCodes.${problem.code}`, { defaultValue: t("problemCodes.other") })}</Tag>
                  <Typography.Text strong style={{ fontSize: 13 }}>
                    {where(problem)}
                  </Typography.Text>
                  <Typography.Text style={{ fontSize: 13 }}>{problem.message}</Typography.Text>
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
