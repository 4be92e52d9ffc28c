import { useTranslation } from "react-i18next";
import { useDesigner } from "../hooks/use-designer";

/** The name a new transition gets: "Submit" out of the start state, else after where it leads. */
export function useTransitionName() {
  const { t } = useTranslation("designer");
  const { doc } = useDesigner();
  return (source: string, target: string) => {
    const from = doc.states.find((state) => state.key === source);
    const to = doc.states.find((state) => state.key === target);
    if (from?.type === "start") return t("defaults.submitName");
    return t("defaults.transitionName", { name: to?.name || target });
  };
}
