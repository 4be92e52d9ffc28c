// One icon per kind of state, for the canvas nodes and the palette. Gateways are BPMN diamonds:
// `+` for parallel, `o` for inclusive (a split and its join share the symbol).
import { FlagOutlined, PlayCircleOutlined, UserOutlined } from "@ant-design/icons";
import type { StateType } from "../../model";
import { GatewayIcon } from "./GatewayIcon";

export const STATE_ICONS: Record<StateType, React.ReactNode> = {
  start: <PlayCircleOutlined />,
  normal: <UserOutlined />,
  end: <FlagOutlined />,
  parallel_split: <GatewayIcon symbol="plus" />,
  parallel_join: <GatewayIcon symbol="plus" />,
  inclusive_split: <GatewayIcon symbol="circle" />,
  inclusive_join: <GatewayIcon symbol="circle" />,
};
