// The kinds of state: drag one onto the canvas, or click (Enter) to add it next to the others. The
// gateways (parallel and inclusive splits and joins) follow the three plain kinds.
import { ApartmentOutlined } from "@ant-design/icons";
import { Button, Divider, Flex, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { GATEWAY_TYPES, STATE_TYPES, type StateType } from "../../model";
import { STATE_ICONS } from "./state-icons";

export const DRAG_TYPE = "application/x-loonflow-state";

function PaletteItem({ type, onAdd }: { type: StateType; onAdd: (type: StateType) => void }) {
  const { t } = useTranslation("designer");
  return (
    <Tooltip title={GATEWAY_TYPES.includes(type) ? t(`palette.gatewayHints.${type}`) : t("palette.hint")}>
      <Button
        icon={STATE_ICONS[type]}
        className={`designer-palette-item designer-palette-${type}`}
        draggable
        onDragStart={(event) => {
          event.dataTransfer.setData(DRAG_TYPE, type);
          event.dataTransfer.effectAllowed = "move";
        }}
        onClick={() => onAdd(type)}
        data-testid={`palette-${type}`}
      >
        {t(`stateTypes.${type}`)}
      </Button>
    </Tooltip>
  );
}

export function Palette({ onAdd, onArrange }: { onAdd: (type: StateType) => void; onArrange: () => void }) {
  const { t } = useTranslation("designer");
  return (
    <Flex gap={8} align="center" wrap className="designer-palette" data-testid="palette">
      <Typography.Text type="secondary">{t("palette.title")}</Typography.Text>
      {STATE_TYPES.map((type) => (
        <PaletteItem key={type} type={type} onAdd={onAdd} />
      ))}
      <Divider type="vertical" />
      <Typography.Text type="secondary">{t("palette.gateways")}</Typography.Text>
      {GATEWAY_TYPES.map((type) => (
        <PaletteItem key={type} type={type} onAdd={onAdd} />
      ))}
      <Divider type="vertical" />
      <Tooltip title={t("palette.arrangeHint")}>
        <Button icon={<ApartmentOutlined />} onClick={onArrange} data-testid="arrange">
          {t("palette.arrange")}
        </Button>
      </Tooltip>
    </Flex>
  );
}
