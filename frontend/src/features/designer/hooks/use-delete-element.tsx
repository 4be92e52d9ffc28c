// Deleting a state, transition or field: at once when nothing refers to it, else after a confirmation
// that says what else changes.
import { App } from "antd";
import { useTranslation } from "react-i18next";
import {
  type Doc,
  type Selection,
  fieldReferences,
  findField,
  findState,
  findTransition,
  isReferenced,
  stateReferences,
  transitionReferences,
} from "../model";
import type { DesignerAction } from "./designer-reducer";

export function useDeleteElement(doc: Doc, dispatch: (action: DesignerAction) => void) {
  const { t } = useTranslation("designer");
  const { modal } = App.useApp();

  return (selection: Selection) => {
    if (!selection) return;
    let lines: string[] = [];
    let action: DesignerAction;
    let title: string;
    if (selection.kind === "state") {
      const state = findState(doc, selection.key);
      if (!state) return;
      const refs = stateReferences(doc, selection.key);
      title = t("delete.stateTitle", { name: state.name || state.key });
      action = { type: "removeState", key: selection.key };
      if (isReferenced(refs)) {
        if (refs.transitions.length) lines.push(t("delete.stateTransitions", { keys: refs.transitions.join(", ") }));
        if (refs.branches.length) lines.push(t("delete.stateBranches", { keys: refs.branches.join(", ") }));
        if (refs.splits.length) lines.push(t("delete.stateSplits", { keys: refs.splits.join(", ") }));
        if (refs.notifications) lines.push(t("delete.stateNotifications", { count: refs.notifications }));
      }
    } else if (selection.kind === "transition") {
      const transition = findTransition(doc, selection.key);
      if (!transition) return;
      const refs = transitionReferences(doc, selection.key);
      title = t("delete.transitionTitle", { name: transition.name || transition.key });
      action = { type: "removeTransition", key: selection.key };
      if (refs.slas.length) lines = [t("delete.transitionSlas", { keys: refs.slas.join(", ") })];
    } else {
      const field = findField(doc, selection.key);
      if (!field) return;
      const refs = fieldReferences(doc, selection.key);
      title = t("delete.fieldTitle", { name: field.label || field.key });
      action = { type: "removeField", key: selection.key };
      if (refs.permissions.length) lines.push(t("delete.fieldPermissions", { keys: refs.permissions.join(", ") }));
      if (refs.conditions.length) lines.push(t("delete.fieldConditions", { keys: refs.conditions.join(", ") }));
      if (refs.participants.length) lines.push(t("delete.fieldParticipants", { keys: refs.participants.join(", ") }));
      if (refs.title) lines.push(t("delete.fieldTitleTemplate"));
    }
    if (!lines.length) {
      dispatch(action);
      return;
    }
    modal.confirm({
      title,
      content: (
        <ul style={{ paddingLeft: 18, margin: 0 }} data-testid="delete-consequences">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ),
      okText: t("actions.delete", { ns: "common" }),
      okButtonProps: { danger: true, "data-testid": "confirm-delete" },
      cancelText: t("actions.cancel", { ns: "common" }),
      onOk: () => dispatch(action),
    });
  };
}
