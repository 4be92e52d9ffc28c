import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { tokenState } from "../utils/token-state";

const COLORS = { active: "green", expired: "orange", revoked: undefined } as const;

/** A token's state as a tag: active, expired or revoked. */
export function TokenState({ token }: { token: { revoked_at: string | null; expires_at: string | null } }) {
  const { t } = useTranslation("integrations");
  const state = tokenState(token);
  return <Tag color={COLORS[state]}>{t(`tokens.${state}`)}</Tag>;
}
