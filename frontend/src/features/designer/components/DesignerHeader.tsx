// The designer's title row: where we are, whether the work is saved, and the actions.
import {
  ArrowLeftOutlined,
  CheckCircleOutlined,
  CloudUploadOutlined,
  ExperimentOutlined,
  RedoOutlined,
  SafetyCertificateOutlined,
  SaveOutlined,
  UndoOutlined,
} from "@ant-design/icons";
import { Button, Flex, Space, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

interface DesignerHeaderProps {
  workflowId: number;
  workflowName: string;
  draftNumber: number;
  dirty: boolean;
  saving: boolean;
  publishing: boolean;
  checking: boolean;
  problemCount: number;
  /** Warnings of the last check (they do not block publishing). */
  warningCount?: number;
  onValidate: () => void;
  /** Undo / redo the last edit (absent: nothing to undo / redo). */
  onUndo?: () => void;
  onRedo?: () => void;
  onSave: () => void;
  onPublish: () => void;
  onTestRun?: () => void;
}

export function DesignerHeader(props: DesignerHeaderProps) {
  const { t } = useTranslation("designer");
  const { dirty, saving, checking, problemCount } = props;
  const saveState = saving ? (
    <Tag color="processing">{t("status.saving")}</Tag>
  ) : dirty ? (
    <Tag color="warning" data-testid="unsaved-indicator">
      {t("status.unsaved")}
    </Tag>
  ) : (
    <Tag color="success" icon={<CheckCircleOutlined />} data-testid="saved-indicator">
      {t("status.saved")}
    </Tag>
  );
  const checkState = checking ? (
    <Tag>{t("status.checking")}</Tag>
  ) : problemCount ? (
    <Tag color="error" data-testid="problems-indicator">
      {t("status.problems", { count: problemCount })}
    </Tag>
  ) : (
    <Tag color="success" data-testid="valid-indicator">
      {t("status.valid")}
    </Tag>
  );
  const warningState =
    !checking && props.warningCount ? (
      <Tag color="warning" data-testid="warnings-indicator">
        {t("status.warnings", { count: props.warningCount })}
      </Tag>
    ) : null;

  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
      <Flex align="center" gap={12} wrap style={{ minWidth: 0 }}>
        <Link to={`/workflows/${props.workflowId}`} data-testid="designer-back">
          <Button icon={<ArrowLeftOutlined />} aria-label={t("actions.back", { ns: "common" })}>
            {t("actions.back", { ns: "common" })}
          </Button>
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }} ellipsis data-testid="designer-title">
          {t("title", { name: props.workflowName })}
        </Typography.Title>
        <Tag>{t("draftVersion", { number: props.draftNumber })}</Tag>
        {saveState}
        {checkState}
        {warningState}
      </Flex>
      <Flex gap={8} wrap>
        <Space.Compact>
          <Tooltip title={t("actions.undoHint")}>
            <Button icon={<UndoOutlined />} onClick={props.onUndo} disabled={!props.onUndo} aria-label={t("actions.undo")} data-testid="designer-undo" />
          </Tooltip>
          <Tooltip title={t("actions.redoHint")}>
            <Button icon={<RedoOutlined />} onClick={props.onRedo} disabled={!props.onRedo} aria-label={t("actions.redo")} data-testid="designer-redo" />
          </Tooltip>
        </Space.Compact>
        {props.onTestRun && (
          <Tooltip title={t("actions.testRunHint")}>
            <Button icon={<ExperimentOutlined />} onClick={props.onTestRun} data-testid="designer-test-run">
              {t("actions.testRun")}
            </Button>
          </Tooltip>
        )}
        <Tooltip title={t("actions.validateHint")}>
          <Button icon={<SafetyCertificateOutlined />} onClick={props.onValidate} loading={checking} data-testid="designer-validate">
            {t("actions.validate")}
          </Button>
        </Tooltip>
        <Tooltip title={t("actions.saveHint")}>
          <Button type={dirty ? "primary" : "default"} icon={<SaveOutlined />} onClick={props.onSave} loading={saving} data-testid="designer-save">
            {t("actions.save", { ns: "common" })}
          </Button>
        </Tooltip>
        <Button type="primary" icon={<CloudUploadOutlined />} onClick={props.onPublish} loading={props.publishing} data-testid="designer-publish">
          {t("actions.publish")}
        </Button>
      </Flex>
    </Flex>
  );
}
