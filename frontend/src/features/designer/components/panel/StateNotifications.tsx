// The notification rules that apply to one state (listed for it, or for every state).
import { PlusOutlined } from "@ant-design/icons";
import { Button, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import type { NotificationRule, StateDef } from "../../model";
import { NotificationRuleEditor } from "../settings/NotificationRuleEditor";

export function StateNotifications({ state }: { state: StateDef }) {
  const { t } = useTranslation("designer");
  const { doc, dispatch } = useDesigner();
  const rules = doc.notifications.map((rule, index) => ({ rule, index })).filter(({ rule }) => rule.states.includes(state.key));
  const everywhere = doc.notifications.filter((rule) => rule.states.length === 0).length;

  const setRules = (notifications: NotificationRule[]) => dispatch({ type: "updateDocument", patch: { notifications } });

  return (
    <div data-testid="state-notifications">
      {everywhere > 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t("notifications.everywhere", { count: everywhere })}
        </Typography.Paragraph>
      )}
      {rules.map(({ rule, index }) => (
        <NotificationRuleEditor
          key={index}
          rule={rule}
          index={index}
          onChange={(next) => setRules(doc.notifications.map((item, i) => (i === index ? next : item)))}
          onRemove={() => setRules(doc.notifications.filter((_, i) => i !== index))}
        />
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() =>
          setRules([
            ...doc.notifications,
            { events: ["state_entered"], channel: "", recipients: ["handlers"], template: "", states: [state.key] },
          ])
        }
        data-testid="add-state-notification"
      >
        {t("notifications.addForState")}
      </Button>
    </div>
  );
}
