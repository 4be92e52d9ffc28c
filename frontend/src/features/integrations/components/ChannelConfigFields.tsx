import { Button, Flex, Form, Input, InputNumber, Radio, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChannelKind } from "@/entities/channels";

/**
 * A stored robot URL: the API only ever sends it masked (it carries the robot's token). The masked
 * form stays in the form, and sent back it keeps the stored URL; "Replace" asks for a new one.
 */
function StoredUrl({ masked, onReplace }: { masked: string; onReplace: () => void }) {
  const { t } = useTranslation("integrations");
  return (
    <Form.Item label={t("channels.fields.url")} extra={t("channels.urlStored")}>
      <Space.Compact style={{ width: "100%" }}>
        <Input value={masked} readOnly data-testid="channel-url-masked" />
        <Button onClick={onReplace} data-testid="channel-url-replace">
          {t("channels.replace")}
        </Button>
      </Space.Compact>
      <Form.Item name={["config", "url"]} hidden>
        <Input />
      </Form.Item>
    </Form.Item>
  );
}

/**
 * The settings a channel of `kind` needs, under the form's `config` (SMTP server, or a robot's URL).
 * `storedUrl` is the masked URL of a saved robot channel: shown read-only until replaced.
 */
export function ChannelConfigFields({ kind, storedUrl }: { kind: ChannelKind; storedUrl?: string }) {
  const { t } = useTranslation("integrations");
  const form = Form.useFormInstance();
  const [replacing, setReplacing] = useState(false);
  if (kind !== "email" && storedUrl && !replacing) {
    return (
      <StoredUrl
        masked={storedUrl}
        onReplace={() => {
          form.setFieldValue(["config", "url"], "");
          setReplacing(true);
        }}
      />
    );
  }
  if (kind !== "email") {
    return (
      <Form.Item
        name={["config", "url"]}
        label={t("channels.fields.url")}
        extra={t(`channels.urlHelp.${kind}`)}
        rules={[
          { required: true, message: t("validation.required") },
          { pattern: /^https?:\/\/\S+$/, message: t("validation.url") },
        ]}
      >
        <Input placeholder="https://" data-testid="channel-url" />
      </Form.Item>
    );
  }
  return (
    <>
      <Flex gap={12}>
        <Form.Item name={["config", "host"]} label={t("channels.fields.host")} style={{ flex: 3 }} rules={[{ required: true, whitespace: true, message: t("validation.required") }]}>
          <Input placeholder="smtp.example.com" data-testid="channel-host" />
        </Form.Item>
        <Form.Item name={["config", "port"]} label={t("channels.fields.port")} style={{ flex: 1 }}>
          <InputNumber min={1} max={65535} precision={0} placeholder="25" style={{ width: "100%" }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name={["config", "from_email"]}
        label={t("channels.fields.fromEmail")}
        rules={[
          { required: true, message: t("validation.required") },
          { type: "email", message: t("validation.email") },
        ]}
      >
        <Input placeholder="loonflow@example.com" data-testid="channel-from" />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name={["config", "username"]} label={t("channels.fields.username")} style={{ flex: 1 }}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name={["config", "timeout"]} label={t("channels.fields.timeout")} style={{ flex: 1 }}>
          <InputNumber min={1} max={300} placeholder="10" addonAfter={t("channels.seconds")} style={{ width: "100%" }} />
        </Form.Item>
      </Flex>
      <Form.Item name="security" label={t("channels.fields.security")}>
        <Radio.Group
          options={[
            { value: "none", label: t("channels.security.none") },
            { value: "tls", label: t("channels.security.tls") },
            { value: "ssl", label: t("channels.security.ssl") },
          ]}
        />
      </Form.Item>
    </>
  );
}
