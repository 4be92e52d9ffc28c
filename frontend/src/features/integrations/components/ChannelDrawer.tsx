import { App, Button, Checkbox, Drawer, Flex, Form, Input, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { CHANNEL_KINDS, type Channel, type ChannelKind, useCreateChannel, useUpdateChannel } from "@/entities/channels";
import { ApiError } from "@/lib/api-error";
import { applyFieldProblems } from "@/lib/form-problems";
import { ChannelConfigFields } from "./ChannelConfigFields";

type Security = "none" | "tls" | "ssl";
type Values = {
  code: string;
  name: string;
  kind: ChannelKind;
  config: Record<string, unknown>;
  security: Security;
  secret?: string;
  clearSecret?: boolean;
  is_default: boolean;
  is_active: boolean;
};

const FIELDS = [
  "code", "name", "kind", "secret", "is_default", "is_active",
  "config.url", "config.host", "config.port", "config.from_email", "config.username", "config.timeout",
] as const;
const SIGNED_ROBOTS: ChannelKind[] = ["dingtalk", "feishu"];

/** The config the API stores: only the kind's keys, no empty ones; TLS/SSL from the one choice. */
function configOf(values: Values): Record<string, unknown> {
  const config = values.config ?? {};
  if (values.kind !== "email") return { url: String(config.url ?? "").trim() };
  const out: Record<string, unknown> = { host: String(config.host ?? "").trim(), from_email: String(config.from_email ?? "").trim() };
  if (config.port) out.port = config.port;
  if (config.username) out.username = String(config.username).trim();
  if (config.timeout) out.timeout = config.timeout;
  out.use_tls = values.security === "tls";
  out.use_ssl = values.security === "ssl";
  return out;
}

function initialValues(channel: Channel | null): Values {
  if (!channel) return { code: "", name: "", kind: "email", config: {}, security: "none", is_default: false, is_active: true };
  const config = channel.config as Record<string, unknown>;
  const security: Security = config.use_ssl ? "ssl" : config.use_tls ? "tls" : "none";
  return { ...channel, kind: channel.kind as ChannelKind, config, security, secret: "", clearSecret: false };
}

/** Create or change a notification channel: email (SMTP) or a chat robot. */
export function ChannelDrawer({ open, channel, onClose }: { open: boolean; channel: Channel | null; onClose: () => void }) {
  const { t } = useTranslation("integrations");
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("kind", form) ?? (channel?.kind as ChannelKind | undefined) ?? "email";
  const clearSecret = Form.useWatch("clearSecret", form);
  const create = useCreateChannel();
  const update = useUpdateChannel();
  const mutation = channel ? update : create;
  const takesSecret = kind === "email" || SIGNED_ROBOTS.includes(kind);

  const submit = (values: Values) => {
    const body = {
      code: values.code.trim(),
      name: values.name.trim(),
      kind: values.kind,
      config: configOf(values),
      is_default: values.is_default,
      is_active: values.is_active,
    };
    const onError = (error: unknown) => {
      applyFieldProblems(form, error, FIELDS);
      if (error instanceof ApiError && error.code === "code_taken") form.setFields([{ name: "code", errors: [error.message] }]);
    };
    const done = () => { message.success(channel ? t("channels.saved") : t("channels.created")); onClose(); };
    if (channel) {
      // Absent keeps the stored secret; "" removes it.
      const secret = values.clearSecret || !takesSecret ? { secret: channel.has_secret ? "" : undefined } : values.secret ? { secret: values.secret } : {};
      update.mutate({ id: channel.id, body: { ...body, ...secret } }, { onSuccess: done, onError });
    } else {
      create.mutate({ ...body, secret: takesSecret && values.secret ? values.secret : null }, { onSuccess: done, onError });
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={560}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (!visible) {
          create.reset();
          update.reset();
        }
      }}
      title={channel ? t("channels.editTitle", { name: channel.name }) : t("channels.createTitle")}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("actions.cancel", { ns: "common" })}</Button>
          <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()} data-testid="channel-save">
            {t("actions.save", { ns: "common" })}
          </Button>
        </Flex>
      }
    >
      <ErrorAlert error={mutation.error} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={mutation.isPending} initialValues={initialValues(channel)}>
        <Flex gap={12}>
          <Form.Item
            name="name"
            label={t("channels.fields.name")}
            style={{ flex: 2 }}
            rules={[
              { required: true, whitespace: true, message: t("validation.required") },
              { max: 200, message: t("validation.max", { count: 200 }) },
            ]}
          >
            <Input data-testid="channel-name" />
          </Form.Item>
          <Form.Item
            name="code"
            label={t("channels.fields.code")}
            style={{ flex: 1 }}
            extra={t("channels.codeHelp")}
            rules={[
              { required: true, message: t("validation.required") },
              { max: 64, message: t("validation.max", { count: 64 }) },
              { pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, message: t("validation.code") },
            ]}
          >
            <Input data-testid="channel-code" />
          </Form.Item>
        </Flex>
        <Form.Item name="kind" label={t("channels.fields.kind")}>
          <Select data-testid="channel-kind" options={CHANNEL_KINDS.map((value) => ({ value, label: t(`channels.kinds.${value}`) }))} />
        </Form.Item>
        <ChannelConfigFields kind={kind} />
        {takesSecret ? (
          <>
            <Form.Item
              name="secret"
              label={kind === "email" ? t("channels.fields.password") : t("channels.fields.signingSecret")}
              extra={channel?.has_secret ? t("channels.secretKept") : t("channels.secretWriteOnly")}
            >
              <Input.Password autoComplete="new-password" disabled={Boolean(clearSecret)} />
            </Form.Item>
            {channel?.has_secret ? (
              <Form.Item name="clearSecret" valuePropName="checked" style={{ marginTop: -12 }}>
                <Checkbox>{t("channels.clearSecret")}</Checkbox>
              </Form.Item>
            ) : null}
          </>
        ) : null}
        <Flex gap={32}>
          <Form.Item name="is_default" label={t("channels.fields.default")} valuePropName="checked" tooltip={t("channels.defaultHelp")}>
            <Switch />
          </Form.Item>
          <Form.Item name="is_active" label={t("channels.fields.active")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
      </Form>
    </Drawer>
  );
}
