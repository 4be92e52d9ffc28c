import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { StateType } from "../../model";

export const STATE_COLORS: Record<StateType, string> = {
  start: "green",
  normal: "blue",
  end: "default",
  parallel_split: "purple",
  parallel_join: "purple",
  inclusive_split: "cyan",
  inclusive_join: "cyan",
};

export function StateTypeTag({ type }: { type: StateType }) {
  const { t } = useTranslation("designer");
  return <Tag color={STATE_COLORS[type]}>{t(`stateTypes.${type}`)}</Tag>;
}
