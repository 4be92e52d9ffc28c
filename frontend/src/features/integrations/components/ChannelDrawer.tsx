import { App, Checkbox, Flex, Form, Input, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { FormDrawer } from "@/components/FormDrawer";
import { CHANNEL_KINDS, type Channel, type ChannelKind, useCreateChannel, useUpdateChannel } from "@/entities/channels";
import { codeRules, nameRules } from "@/lib/form-rules";
import { useEditForm } from "@/lib/use-edit-form";
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
  const create = useCreateChannel();
  const update = useUpdateChannel();
  const edit = useEditForm<Values>({ create, update, editing: Boolean(channel), fields: FIELDS, conflicts: { code_taken: "code" } });
  const { form, onError } = edit;
  const kind = Form.useWatch("kind", form) ?? (channel?.kind as ChannelKind | undefined) ?? "email";
  const clearSecret = Form.useWatch("clearSecret", form);
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
    <FormDrawer
      open={open}
      onClose={onClose}
      edit={edit}
      title={channel ? t("channels.editTitle", { name: channel.name }) : t("channels.createTitle")}
      saveTestId="channel-save"
      width={560}
    >
      <Form<Values> {...edit.formProps} onFinish={submit} initialValues={initialValues(channel)}>
        <Flex gap={12}>
          <Form.Item name="name" label={t("channels.fields.name")} style={{ flex: 2 }} rules={nameRules(t)}>
            <Input data-testid="channel-name" />
          </Form.Item>
          <Form.Item name="code" label={t("channels.fields.code")} style={{ flex: 1 }} extra={t("channels.codeHelp")} rules={codeRules(t)}>
            <Input data-testid="channel-code" />
          </Form.Item>
        </Flex>
        <Form.Item name="kind" label={t("channels.fields.kind")}>
          <Select data-testid="channel-kind" options={CHANNEL_KINDS.map((value) => ({ value, label: t(`channels.kinds.${value}`) }))} />
        </Form.Item>
        <ChannelConfigFields kind={kind} storedUrl={channel && channel.kind !== "email" ? String((channel.config as Record<string, unknown>).url ?? "") : undefined} />
        {takesSecret ? (
          <>
            <Form.Item
              name="secret"
              label={kind === "email" ? t("channels.fields.password") : t("channels.fields.signingSecret")}
              extra={channel?.has_secret ? t("channels.secretKept") : t("channels.secretWriteOnly")}
            >
              <Input.Password autoComplete="new-password" disabled={Boolean(clearSecret)} placeholder={channel?.has_secret ? "••••••••" : undefined} />
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
    </FormDrawer>
  );
}
