// The side panel of the graph: the selected state or transition, or how to use the canvas.
import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import { StatePanel } from "./StatePanel";
import { TransitionPanel } from "./TransitionPanel";

export function ElementPanel() {
  const { t } = useTranslation("designer");
  const { doc, selection } = useDesigner();
  if (selection?.kind === "state") {
    const state = doc.states.find((item) => item.key === selection.key);
    if (state) return <StatePanel key={state.key} state={state} />;
  }
  if (selection?.kind === "transition") {
    const transition = doc.transitions.find((item) => item.key === selection.key);
    if (transition) return <TransitionPanel key={transition.key} transition={transition} />;
  }
  return (
    <div data-testid="panel-hint">
      <Typography.Title level={5}>{t("panel.hintTitle")}</Typography.Title>
      <ul className="designer-hints">
        <li>{t("panel.hintAdd")}</li>
        <li>{t("panel.hintConnect")}</li>
        <li>{t("panel.hintSelect")}</li>
        <li>{t("panel.hintDelete")}</li>
        <li>{t("panel.hintSave")}</li>
      </ul>
      <Typography.Text type="secondary">{t("panel.counts", { states: doc.states.length, transitions: doc.transitions.length, fields: doc.fields.length })}</Typography.Text>
    </div>
  );
}
