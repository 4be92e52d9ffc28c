import { QuestionCircleOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { Suspense, lazy, useState } from "react";
import { useTranslation } from "react-i18next";
import { useShortcuts } from "@/lib/shortcuts";

export { SHORTCUTS } from "./shortcut-list";

const ShortcutDialog = lazy(() => import("./ShortcutDialog").then((module) => ({ default: module.ShortcutDialog })));

/** The header's "?" button and the dialog listing the keyboard shortcuts ("?" opens it too). */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on (so the dialog can animate closed), not before.
  const [wanted, setWanted] = useState(false);
  const show = () => {
    setWanted(true);
    setOpen(true);
  };
  useShortcuts({ "?": show });
  return (
    <>
      <Button
        type="text"
        icon={<QuestionCircleOutlined />}
        aria-label={t("shortcuts.open")}
        title={t("shortcuts.open")}
        onClick={show}
        data-testid="shortcuts-help"
      />
      {wanted ? (
        <Suspense fallback={null}>
          <ShortcutDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
