// One icon per kind of state, for the canvas nodes and the palette.
import { FlagOutlined, ForkOutlined, MergeCellsOutlined, PlayCircleOutlined, UserOutlined } from "@ant-design/icons";
import type { StateType } from "../../model";

export const STATE_ICONS: Record<StateType, React.ReactNode> = {
  start: <PlayCircleOutlined />,
  normal: <UserOutlined />,
  end: <FlagOutlined />,
  parallel_split: <ForkOutlined />,
  parallel_join: <MergeCellsOutlined />,
  inclusive_split: <ForkOutlined />,
  inclusive_join: <MergeCellsOutlined />,
};
