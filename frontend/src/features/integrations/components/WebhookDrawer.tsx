import { App, Form, Input, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { FormDrawer } from "@/components/FormDrawer";
import { useWorkflows } from "@/entities/workflows";
import { nameRules } from "@/lib/form-rules";
import { useEditForm } from "@/lib/use-edit-form";
import { WORKFLOW_EVENTS, type Webhook, type WorkflowEvent, useCreateWebhook, useUpdateWebhook } from "../api/webhooks";

type Values = { name: string; url: string; events: WorkflowEvent[]; workflow_id: number | null; is_active: boolean };
const FIELDS = ["name", "url", "events", "workflow_id", "is_active"] as const;
const ALL_WORKFLOWS = 0; // Select cannot hold null as an option value

type Props = {
  open: boolean;
  webhook: Webhook | null;
  onClose: () => void;
  /** A new webhook's signing secret, which only the create answer carries. */
  onCreated: (secret: string) => void;
};

/** Create or change a webhook: where it posts, which events, for which workflow. */
export function WebhookDrawer({ open, webhook, onClose, onCreated }: Props) {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const workflows = useWorkflows();
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const edit = useEditForm<Values>({ create, update, editing: Boolean(webhook), fields: FIELDS });
  const { onError } = edit;

  const submit = (values: Values) => {
    const body = {
      name: values.name.trim(),
      url: values.url.trim(),
      events: values.events,
      workflow_id: values.workflow_id === ALL_WORKFLOWS ? null : values.workflow_id,
      is_active: values.is_active,
    };
    if (webhook) {
      update.mutate({ id: webhook.id, body }, { onSuccess: () => { message.success(t("webhooks.saved")); onClose(); }, onError });
    } else {
      create.mutate(body, {
        onSuccess: (created) => {
          message.success(t("webhooks.created"));
          onClose();
          onCreated(created.secret);
        },
        onError,
      });
    }
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      edit={edit}
      title={webhook ? t("webhooks.editTitle", { name: webhook.name }) : t("webhooks.createTitle")}
      saveTestId="webhook-save"
      width={560}
    >
      <Form<Values>
        {...edit.formProps}
        onFinish={submit}
        initialValues={
          webhook
            ? { ...webhook, events: webhook.events as WorkflowEvent[], workflow_id: webhook.workflow_id ?? ALL_WORKFLOWS }
            : { name: "", url: "https://", events: ["finished"], workflow_id: ALL_WORKFLOWS, is_active: true }
        }
      >
        <Form.Item name="name" label={t("webhooks.fields.name")} rules={nameRules(t, 100)}>
          <Input data-testid="webhook-name" />
        </Form.Item>
        <Form.Item
          name="url"
          label={t("webhooks.fields.url")}
          extra={t("webhooks.urlHelp")}
          rules={[
            { required: true, message: t("validation.required") },
            { pattern: /^https?:\/\/\S+$/, message: t("validation.url") },
            { max: 2000, message: t("validation.max", { count: 2000 }) },
          ]}
        >
          <Input placeholder="https://example.com/loonflow" data-testid="webhook-url" />
        </Form.Item>
        <Form.Item name="events" label={t("webhooks.fields.events")} rules={[{ required: true, message: t("webhooks.eventsRequired") }]}>
          <Select
            mode="multiple"
            data-testid="webhook-events"
            options={WORKFLOW_EVENTS.map((event) => ({ value: event, label: t(`events.${event}`) }))}
          />
        </Form.Item>
        <Form.Item name="workflow_id" label={t("webhooks.fields.workflow")}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={workflows.isPending}
            options={[
              { value: ALL_WORKFLOWS, label: t("webhooks.allWorkflows") },
              ...(workflows.data ?? []).map((workflow) => ({ value: workflow.id, label: workflow.name })),
            ]}
          />
        </Form.Item>
        <Form.Item name="is_active" label={t("webhooks.fields.active")} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
