// The document's own settings: ticket numbers and titles, who may create / view / intervene, the
// submit limit, notification rules and webhooks.
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Col, Form, Input, InputNumber, Row, Space, Switch, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import { type Doc, SERIAL_PREFIX_PATTERN } from "../../model";
import { DurationInput } from "../inputs/DurationInput";
import { AudienceEditor } from "./AudienceEditor";
import { NotificationRuleEditor } from "./NotificationRuleEditor";
import { WebhooksEditor } from "./WebhooksEditor";

const PLACEHOLDERS = ["workflow", "serial", "creator", "date"];
const AUDIENCES = ["creators", "viewers", "intervenors"] as const;

export function SettingsPanel() {
  const { t } = useTranslation("designer");
  const { doc, dispatch, problems } = useDesigner();
  const update = (patch: Partial<Omit<Doc, "states" | "transitions" | "fields">>) => dispatch({ type: "updateDocument", patch });

  /** Document-level problems at `path` or below it. */
  const problem = (path: string, exact = false) => {
    const found = problems.filter(
      (item) => item.target.kind === "document" && (item.target.rest === path || (!exact && item.target.rest.startsWith(`${path}.`))),
    );
    return found.length ? found.map((item) => item.message).join(" ") : undefined;
  };
  const help = (path: string, exact = false) => {
    const message = problem(path, exact);
    return message ? { validateStatus: "error" as const, help: message } : {};
  };
  const prefixOk = SERIAL_PREFIX_PATTERN.test(doc.serial_prefix);

  return (
    <Form layout="vertical" data-testid="settings-panel" onSubmitCapture={(event) => event.preventDefault()}>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t("settings.tickets")} style={{ marginBottom: 16 }}>
            <Form.Item
              label={t("settings.serialPrefix")}
              validateStatus={prefixOk && !problem("serial_prefix") ? undefined : "error"}
              help={problem("serial_prefix") ?? (prefixOk ? t("settings.serialPrefixHelp", { example: `${doc.serial_prefix}-20260131-0001` }) : t("settings.serialPrefixInvalid"))}
            >
              <Input
                value={doc.serial_prefix}
                onChange={(event) => update({ serial_prefix: event.target.value.toUpperCase() })}
                maxLength={10}
                style={{ width: 160, fontFamily: "monospace" }}
                data-testid="serial-prefix"
              />
            </Form.Item>
            <Form.Item label={t("settings.titleTemplate")} {...help("title_template")}>
              <Input value={doc.title_template} onChange={(event) => update({ title_template: event.target.value })} maxLength={500} data-testid="title-template" />
            </Form.Item>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("settings.placeholders")}
            </Typography.Text>
            <div style={{ marginTop: 4 }}>
              {[...PLACEHOLDERS, ...doc.fields.map((field) => field.key)].map((name) => (
                <Tag
                  key={name}
                  color={PLACEHOLDERS.includes(name) ? "blue" : undefined}
                  style={{ cursor: "pointer", marginBottom: 4 }}
                  role="button"
                  tabIndex={0}
                  onClick={() => update({ title_template: `${doc.title_template}{${name}}` })}
                  onKeyDown={(event) => {
                    if (event.key === "Enter") update({ title_template: `${doc.title_template}{${name}}` });
                  }}
                >
                  {`{${name}}`}
                </Tag>
              ))}
            </div>
          </Card>
          <Card size="small" title={t("settings.submitLimit")} style={{ marginBottom: 16 }}>
            <Form.Item label={t("settings.submitLimitEnabled")} {...help("submit_limit")}>
              <Switch
                checked={doc.submit_limit !== null}
                onChange={(on) => update({ submit_limit: on ? { count: 1, period_seconds: 86400 } : null })}
                data-testid="submit-limit-enabled"
              />
            </Form.Item>
            {doc.submit_limit && (
              <Space wrap align="start">
                <Form.Item label={t("settings.submitLimitCount")}>
                  <InputNumber
                    min={1}
                    max={10000}
                    precision={0}
                    value={doc.submit_limit.count}
                    onChange={(count) => doc.submit_limit && update({ submit_limit: { ...doc.submit_limit, count: count ?? 1 } })}
                    data-testid="submit-limit-count"
                  />
                </Form.Item>
                <Form.Item label={t("settings.submitLimitPeriod")}>
                  <DurationInput
                    value={doc.submit_limit.period_seconds}
                    onChange={(seconds) => doc.submit_limit && update({ submit_limit: { ...doc.submit_limit, period_seconds: Math.max(60, seconds ?? 60) } })}
                    ariaLabel={t("settings.submitLimitPeriod")}
                  />
                </Form.Item>
              </Space>
            )}
          </Card>
          <Card size="small" title={t("webhooks.title")} style={{ marginBottom: 16 }}>
            <WebhooksEditor value={doc.webhooks} onChange={(webhooks) => update({ webhooks })} problem={(under) => problem(`webhooks.${under}`)} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          {AUDIENCES.map((audience) => (
            <Card key={audience} size="small" title={t(`settings.${audience}`)} style={{ marginBottom: 16 }}>
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                {t(`settings.${audience}Help`)}
              </Typography.Paragraph>
              <AudienceEditor
                value={doc[audience]}
                onChange={(value) => update({ [audience]: value })}
                help={(under) => help(under ? `${audience}.${under}` : audience, !under)}
                testId={`audience-${audience}`}
              />
            </Card>
          ))}
          <Card size="small" title={t("notifications.title")} style={{ marginBottom: 16 }}>
            {doc.notifications.map((rule, index) => (
              <NotificationRuleEditor
                key={index}
                rule={rule}
                index={index}
                onChange={(next) => update({ notifications: doc.notifications.map((item, i) => (i === index ? next : item)) })}
                onRemove={() => update({ notifications: doc.notifications.filter((_, i) => i !== index) })}
                problem={(under) => problem(`notifications.${index}.${under}`)}
              />
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => update({ notifications: [...doc.notifications, { events: ["created"], channel: "", recipients: ["handlers"], template: "", states: [] }] })}
              data-testid="add-notification"
            >
              {t("notifications.add")}
            </Button>
          </Card>
        </Col>
      </Row>
    </Form>
  );
}
