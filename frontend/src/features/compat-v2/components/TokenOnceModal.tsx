import { Alert, Button, Input, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";

/** An app token the server shows exactly once; closing it forgets the token. */
export function TokenOnceModal({ token, onClose }: { token: string | null; onClose: () => void }) {
  const { t } = useTranslation("compat-v2");
  return (
    <Modal
      open={token !== null}
      title={t("token.title")}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="compat-token-close">
          {t("token.done")}
        </Button>
      }
      maskClosable={false}
      destroyOnHidden
    >
      {/* Dropped at once on close, not only after the closing animation. */}
      {token === null ? null : (
        <>
          <Typography.Paragraph>{t("token.help")}</Typography.Paragraph>
          <Alert type="warning" showIcon message={t("token.once")} style={{ marginBottom: 16 }} />
          <Input
            readOnly
            value={token}
            aria-label={t("token.title")}
            onFocus={(event) => event.target.select()}
            style={{ fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" }}
            data-testid="compat-token"
          />
        </>
      )}
    </Modal>
  );
}
