// A transition on the canvas: a curve from source to target with its name as a clickable label.
// Branch edges are dashed; parallel edges bend apart; an edge with problems turns red; a branch of an
// inclusive split that has a condition shows a filter.
import { ApiOutlined, BranchesOutlined, ClockCircleOutlined, FilterOutlined, NodeIndexOutlined } from "@ant-design/icons";
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from "@xyflow/react";
import { Tooltip } from "antd";
import { memo } from "react";
import { useDesigner } from "../../hooks/use-designer";
import type { TransitionEdgeType } from "./types";

/** A cubic curve between the handles (or a loop above the node) and the point halfway along it. */
export function edgeCurve(sx: number, sy: number, tx: number, ty: number, offset: number, loop: boolean) {
  let c1x: number, c1y: number, c2x: number, c2y: number;
  if (loop) {
    const lift = 90 + Math.abs(offset);
    [c1x, c1y, c2x, c2y] = [sx + 90, sy - lift, tx - 90, ty - lift];
  } else {
    const dx = Math.max(60, Math.abs(tx - sx) / 2);
    [c1x, c1y, c2x, c2y] = [sx + dx, sy + offset, tx - dx, ty + offset];
  }
  return {
    path: `M ${sx},${sy} C ${c1x},${c1y} ${c2x},${c2y} ${tx},${ty}`,
    labelX: (sx + 3 * c1x + 3 * c2x + tx) / 8,
    labelY: (sy + 3 * c1y + 3 * c2y + ty) / 8,
  };
}

const KIND_ICONS = {
  manual: null,
  auto: null,
  timer: <ClockCircleOutlined />,
  hook: <ApiOutlined />,
  subtickets: <NodeIndexOutlined />,
};

function TransitionEdgeView({ id, sourceX, sourceY, targetX, targetY, data, selected, markerEnd }: EdgeProps<TransitionEdgeType>) {
  const { select } = useDesigner();
  if (!data) return null;
  const { path, labelX, labelY } = edgeCurve(sourceX, sourceY, targetX, targetY, data.offset, data.loop);
  const invalid = data.problems.length > 0;
  const stroke = invalid ? "#ff4d4f" : selected ? "#1677ff" : data.branch !== null ? "#8c8c8c" : "#595959";
  const testId = data.branch === null ? `edge-${data.transitionKey}` : `edge-${data.transitionKey}-branch-${data.branch}`;
  const open = () => select({ kind: "transition", key: data.transitionKey });

  const label = (
    <div
      className={`designer-edge-label nodrag nopan${selected ? " selected" : ""}${invalid ? " invalid" : ""}${data.branch !== null ? " branch" : ""}`}
      style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
      role="button"
      tabIndex={0}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          open();
        }
      }}
      data-testid={testId}
    >
      {data.branch !== null ? <BranchesOutlined /> : data.conditional ? <FilterOutlined data-testid="edge-condition" /> : KIND_ICONS[data.kind]}
      <span>{data.label}</span>
    </div>
  );

  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={16}
        style={{ stroke, strokeWidth: selected ? 2.5 : 1.6, strokeDasharray: data.branch !== null ? "6 4" : data.kind === "timer" ? "2 3" : undefined }}
      />
      <EdgeLabelRenderer>
        {invalid ? (
          <Tooltip
            color="#fff1f0"
            title={
              <ul className="designer-problem-tooltip">
                {data.problems.map((message, index) => (
                  <li key={index}>{message}</li>
                ))}
              </ul>
            }
          >
            {label}
          </Tooltip>
        ) : (
          label
        )}
      </EdgeLabelRenderer>
    </>
  );
}

export const TransitionEdge = memo(TransitionEdgeView);
