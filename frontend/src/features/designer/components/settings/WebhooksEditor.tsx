// URLs that receive the workflow's events, signed.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Form, Input, Select, Switch, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { URL_PATTERN, WORKFLOW_EVENTS, type WebhookSubscription } from "../../model";

interface WebhooksEditorProps {
  value: WebhookSubscription[];
  onChange: (webhooks: WebhookSubscription[]) => void;
  problem: (under: string) => string | undefined;
}

export function WebhooksEditor({ value, onChange, problem }: WebhooksEditorProps) {
  const { t } = useTranslation("designer");
  const set = (index: number, patch: Partial<WebhookSubscription>) => onChange(value.map((hook, i) => (i === index ? { ...hook, ...patch } : hook)));
  return (
    <div data-testid="webhooks">
      {value.map((hook, index) => {
        const urlProblem = problem(`${index}.url`) ?? (URL_PATTERN.test(hook.url) ? undefined : t("webhooks.urlInvalid"));
        return (
          <Card
            key={index}
            size="small"
            style={{ marginBottom: 8 }}
            title={t("webhooks.itemTitle", { number: index + 1 })}
            extra={
              <Tooltip title={t("webhooks.remove")}>
                <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t("webhooks.remove")} onClick={() => onChange(value.filter((_, i) => i !== index))} />
              </Tooltip>
            }
          >
            <Form.Item label={t("webhooks.url")} required validateStatus={urlProblem ? "error" : undefined} help={urlProblem}>
              <Input value={hook.url} placeholder="https://" onChange={(event) => set(index, { url: event.target.value.trim() })} data-testid={`webhook-${index}-url`} />
            </Form.Item>
            <Form.Item label={t("webhooks.events")} required validateStatus={problem(`${index}.events`) ? "error" : undefined} help={problem(`${index}.events`)}>
              <Select
                mode="multiple"
                value={hook.events}
                onChange={(events) => set(index, { events })}
                status={hook.events.length ? undefined : "error"}
                options={WORKFLOW_EVENTS.map((event) => ({ value: event, label: t(`events.${event}`) }))}
                aria-label={t("webhooks.events")}
                data-testid={`webhook-${index}-events`}
              />
            </Form.Item>
            <Form.Item label={t("webhooks.active")}>
              <Switch checked={hook.active} onChange={(active) => set(index, { active })} />
            </Form.Item>
          </Card>
        );
      })}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...value, { url: "", events: ["finished"], active: true }])} data-testid="add-webhook">
        {t("webhooks.add")}
      </Button>
    </div>
  );
}
