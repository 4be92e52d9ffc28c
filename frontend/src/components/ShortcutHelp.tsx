import { QuestionCircleOutlined } from "@ant-design/icons";
import { Button, Modal, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useShortcuts } from "@/lib/shortcuts";

/** The keys and what they do, in the order the help lists them. */
export const SHORTCUTS = [
  { keys: ["/"], what: "search" },
  { keys: ["j", "k"], what: "move" },
  { keys: ["Enter"], what: "open" },
  { keys: ["a"], what: "approve" },
  { keys: ["?"], what: "help" },
] as const;

/** The header's "?" button and the dialog listing the keyboard shortcuts ("?" opens it too). */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useShortcuts({ "?": () => setOpen(true) });
  return (
    <>
      <Button
        type="text"
        icon={<QuestionCircleOutlined />}
        aria-label={t("shortcuts.open")}
        title={t("shortcuts.open")}
        onClick={() => setOpen(true)}
        data-testid="shortcuts-help"
      />
      <Modal
        open={open}
        title={t("shortcuts.title")}
        onCancel={() => setOpen(false)}
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
    </>
  );
}
