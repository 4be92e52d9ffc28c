import { Modal, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { SHORTCUTS } from "./shortcut-list";

/** The dialog listing the keyboard shortcuts: its own chunk, fetched the first time it opens (the
 *  table and modal code stay out of every page's first download). */
export function ShortcutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t("shortcuts.title")}
      onCancel={onClose}
      footer={null}
    >
      <div data-testid="shortcuts-dialog">
      <Typography.Paragraph type="secondary">{t("shortcuts.intro")}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="what"
        dataSource={SHORTCUTS.map((item) => ({ ...item }))}
        columns={[
          {
            key: "keys",
            title: t("shortcuts.key"),
            width: 110,
            render: (_, item) => (
              <span style={{ whiteSpace: "nowrap" }}>
                {item.keys.map((key, index) => (
                  <span key={key}>
                    {index ? " / " : null}
                    <Typography.Text keyboard>{key}</Typography.Text>
                  </span>
                ))}
              </span>
            ),
          },
          { key: "what", title: t("shortcuts.action"), render: (_, item) => t(`shortcuts.keys.${item.what}`) },
        ]}
      />
      </div>
    </Modal>
  );
}
