import { Alert, Button, Input, Modal, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";

type Props = {
  /** The new token and the endpoint to give the identity provider; null closes the modal (and forgets them). */
  created: { token: string; endpoint: string } | null;
  onClose: () => void;
};

/** A SCIM token the server shows exactly once, beside the endpoint URL, both ready to copy. */
export function TokenOnceModal({ created, onClose }: Props) {
  const { t } = useTranslation("directory-feeds");
  return (
    <Modal open={created !== null} title={t("scim.createdTitle")} onCancel={onClose} maskClosable={false} destroyOnHidden
      footer={<Button type="primary" onClick={onClose} data-testid="scim-token-close">{t("scim.done")}</Button>}>
      {created === null ? null : (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Alert type="warning" showIcon message={t("scim.once")} />
          <Typography.Text strong>{t("scim.endpoint")}</Typography.Text>
          <Typography.Text copyable data-testid="scim-endpoint">{created.endpoint}</Typography.Text>
          <Typography.Text strong>{t("scim.token")}</Typography.Text>
          <Input readOnly value={created.token} aria-label={t("scim.token")} onFocus={(event) => event.target.select()} data-testid="scim-token-value" />
          <Typography.Text copyable={{ text: created.token }}>{t("scim.copy")}</Typography.Text>
        </Space>
      )}
    </Modal>
  );
}
