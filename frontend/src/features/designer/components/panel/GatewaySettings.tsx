// What a gateway state has instead of handlers: what it does, and for a split the join where its
// branches meet again (only joins of its own kind are offered).
import { PlusOutlined } from "@ant-design/icons";
import { Button, Form, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import type { HelpFor } from "../../hooks/use-problem-help";
import { JOIN_OF_SPLIT, type StateDef, gatewayCleared, hasGatewayLeftovers, isJoin, joinCandidates, splitsOf } from "../../model";
import { stateOptions } from "../options";
import { FixAlert } from "./FixAlert";

export function GatewaySettings({ state, help }: { state: StateDef; help: HelpFor }) {
  const { t } = useTranslation("designer");
  const { doc, dispatch, select } = useDesigner();
  const joinType = JOIN_OF_SPLIT[state.type];
  const splits = isJoin(state.type) ? splitsOf(doc, state.key) : [];

  return (
    <div data-testid="gateway-settings">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t(`gateway.help.${state.type}`)}
      </Typography.Paragraph>
      {hasGatewayLeftovers(state) && (
        <FixAlert
          message={t("gateway.leftovers")}
          fix={t("gateway.clearLeftovers")}
          onFix={() => dispatch({ type: "updateState", key: state.key, patch: gatewayCleared() })}
          testId="clear-gateway-settings"
        />
      )}
      {joinType && (
        <Form.Item label={t("gateway.join")} extra={t("gateway.joinHelp", { kind: t(`stateTypes.${joinType}`) })} {...help("join")}>
          <Select
            value={state.join ?? undefined}
            allowClear
            onChange={(join?: string) => dispatch({ type: "updateState", key: state.key, patch: { join: join ?? null } })}
            options={stateOptions(joinCandidates(doc, state))}
            placeholder={t("gateway.joinPlaceholder")}
            notFoundContent={t("gateway.noJoins", { kind: t(`stateTypes.${joinType}`) })}
            aria-label={t("gateway.join")}
            data-testid="state-join"
          />
        </Form.Item>
      )}
      {joinType && !state.join && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            const count = doc.states.filter((item) => item.type === joinType).length + 1;
            dispatch({ type: "addJoin", split: state.key, name: t(`defaults.${joinType}Name`, { number: count }) });
          }}
          style={{ marginBottom: 12 }}
          data-testid="add-join"
        >
          {t("gateway.addJoinButton", { kind: t(`stateTypes.${joinType}`) })}
        </Button>
      )}
      {isJoin(state.type) && (
        <Typography.Paragraph data-testid="join-of">
          {splits.length ? (
            <>
              {t("gateway.joinOf")}{" "}
              {splits.map((split, index) => (
                <span key={split.key}>
                  {index > 0 && ", "}
                  <Typography.Link onClick={() => select({ kind: "state", key: split.key })}>{split.name || split.key}</Typography.Link>
                </span>
              ))}
            </>
          ) : (
            <Typography.Text type="warning">{t("gateway.noSplit")}</Typography.Text>
          )}
        </Typography.Paragraph>
      )}
    </div>
  );
}
