// One notification rule: which events, on which channel, to whom, with what text, for which states.
import { DeleteOutlined } from "@ant-design/icons";
import { Button, Card, Form, Input, Select, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import { type NotificationRule, RECIPIENTS, WORKFLOW_EVENTS } from "../../model";
import { ChannelSelect } from "../pickers/DirectorySelect";

interface NotificationRuleEditorProps {
  rule: NotificationRule;
  index: number;
  onChange: (rule: NotificationRule) => void;
  onRemove: () => void;
  /** Problems by sub-path of `notifications.<index>`. */
  problem?: (under: string) => string | undefined;
}

export function NotificationRuleEditor({ rule, index, onChange, onRemove, problem }: NotificationRuleEditorProps) {
  const { t } = useTranslation("designer");
  const { doc } = useDesigner();
  const testId = `notification-${index}`;
  const status = (under: string) => (problem?.(under) ? { validateStatus: "error" as const, help: problem(under) } : {});

  return (
    <Card
      size="small"
      title={t("notifications.ruleTitle", { number: index + 1 })}
      style={{ marginBottom: 8 }}
      data-testid={testId}
      extra={
        <Tooltip title={t("notifications.remove")}>
          <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={onRemove} aria-label={t("notifications.remove")} data-testid={`${testId}-remove`} />
        </Tooltip>
      }
    >
      <Form.Item label={t("notifications.events")} required {...status("events")}>
        <Select
          mode="multiple"
          value={rule.events}
          onChange={(events) => onChange({ ...rule, events })}
          options={WORKFLOW_EVENTS.map((event) => ({ value: event, label: t(`events.${event}`) }))}
          status={rule.events.length ? undefined : "error"}
          aria-label={t("notifications.events")}
          data-testid={`${testId}-events`}
        />
      </Form.Item>
      <Form.Item label={t("notifications.channel")} required {...status("channel")}>
        <ChannelSelect value={rule.channel} onChange={(channel) => onChange({ ...rule, channel })} testId={`${testId}-channel`} status={rule.channel ? undefined : "error"} />
      </Form.Item>
      <Form.Item label={t("notifications.recipients")} {...status("recipients")}>
        <Select
          mode="multiple"
          value={rule.recipients}
          onChange={(recipients) => onChange({ ...rule, recipients })}
          options={RECIPIENTS.map((recipient) => ({ value: recipient, label: t(`notifications.recipientKinds.${recipient}`) }))}
          aria-label={t("notifications.recipients")}
          data-testid={`${testId}-recipients`}
        />
      </Form.Item>
      <Form.Item label={t("notifications.states")} extra={t("notifications.statesHelp")} {...status("states")}>
        <Select
          mode="multiple"
          value={rule.states}
          onChange={(states) => onChange({ ...rule, states })}
          options={doc.states.map((state) => ({ value: state.key, label: `${state.name} (${state.key})` }))}
          placeholder={t("notifications.allStates")}
          aria-label={t("notifications.states")}
          data-testid={`${testId}-states`}
        />
      </Form.Item>
      <Form.Item label={t("notifications.template")} extra={t("notifications.templateHelp")} {...status("template")}>
        <Input.TextArea
          value={rule.template}
          onChange={(event) => onChange({ ...rule, template: event.target.value })}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={4000}
          data-testid={`${testId}-template`}
        />
      </Form.Item>
    </Card>
  );
}
