// The draft changed on the server since it was loaded (412): take theirs, or overwrite with ours.
import { Alert, Button, Modal, Space } from "antd";
import { useTranslation } from "react-i18next";

interface ConflictModalProps {
  open: boolean;
  busy: boolean;
  onReload: () => void;
  onOverwrite: () => void;
  onCancel: () => void;
}

export function ConflictModal({ open, busy, onReload, onOverwrite, onCancel }: ConflictModalProps) {
  const { t } = useTranslation("designer");
  return (
    <Modal
      open={open}
      title={t("conflict.title")}
      onCancel={onCancel}
      maskClosable={false}
      footer={
        <Space wrap>
          <Button onClick={onCancel}>{t("actions.cancel", { ns: "common" })}</Button>
          <Button onClick={onReload} disabled={busy} data-testid="conflict-reload">
            {t("conflict.reload")}
          </Button>
          <Button type="primary" danger onClick={onOverwrite} loading={busy} data-testid="conflict-overwrite">
            {t("conflict.overwrite")}
          </Button>
        </Space>
      }
      data-testid="conflict-modal"
    >
      <Alert type="warning" showIcon message={t("conflict.message")} description={t("conflict.explain")} />
    </Modal>
  );
}
