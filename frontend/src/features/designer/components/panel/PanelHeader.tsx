// The title row of the side panel: what is selected, its problems, and a delete button.
import { DeleteOutlined } from "@ant-design/icons";
import { Alert, Button, Flex, Tooltip, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { LocatedProblem } from "../../model";

interface PanelHeaderProps {
  title: ReactNode;
  tag: ReactNode;
  problems: LocatedProblem[];
  onDelete: () => void;
  deleteTestId: string;
}

export function PanelHeader({ title, tag, problems, onDelete, deleteTestId }: PanelHeaderProps) {
  const { t } = useTranslation("designer");
  return (
    <>
      <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 12 }}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {tag}
          <Typography.Title level={5} style={{ margin: 0 }} ellipsis>
            {title}
          </Typography.Title>
        </Flex>
        <Tooltip title={t("panel.deleteHint")}>
          <Button danger icon={<DeleteOutlined />} onClick={onDelete} data-testid={deleteTestId}>
            {t("actions.delete", { ns: "common" })}
          </Button>
        </Tooltip>
      </Flex>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={t("panel.problems", { count: problems.length })}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          }
          data-testid="panel-problems"
        />
      )}
    </>
  );
}
