import { CheckOutlined, CopyOutlined } from "@ant-design/icons";
import { Alert, Button, Input, Modal, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  /** The secret to show; null closes the modal (and forgets it). */
  secret: string | null;
  title: string;
  /** What it is for and where it goes (one sentence). */
  description?: string;
  onClose: () => void;
};

/**
 * A token or signing secret the server shows exactly once: displayed with a copy button and a
 * plain warning. Closing it is deliberate (no click-outside), and nothing keeps the secret after.
 */
export function SecretOnceModal({ secret, title, description, onClose }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    if (secret === null) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard (insecure context, denied): the field stays selectable for a manual copy.
      setCopied(false);
    }
  };

  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      afterClose={() => setCopied(false)}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="secret-close">
          {t("secret.done")}
        </Button>
      }
    >
      {secret === null ? null : (
        <>
          {description ? <Typography.Paragraph>{description}</Typography.Paragraph> : null}
          <Alert type="warning" showIcon message={t("secret.once")} style={{ marginBottom: 16 }} />
          <Space.Compact style={{ width: "100%" }}>
            <Input
              readOnly
              value={secret}
              aria-label={title}
              onFocus={(event) => event.target.select()}
              style={{ fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" }}
              data-testid="secret-value"
            />
            <Button icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={copy} data-testid="secret-copy">
              {copied ? t("secret.copied") : t("secret.copy")}
            </Button>
          </Space.Compact>
        </>
      )}
    </Modal>
  );
}
