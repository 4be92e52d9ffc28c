// A state on the canvas: its name, key, who handles it and badges for what else it does. Start,
// normal and end states look different, gateways are diamonds (BPMN: + parallel, o inclusive); a
// state with publishing problems gets a red outline.
import {
  ApiOutlined,
  BellOutlined,
  ClockCircleOutlined,
  CodeOutlined,
  FieldTimeOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { Handle, type NodeProps, Position, useConnection } from "@xyflow/react";
import { Tooltip } from "antd";
import { memo } from "react";
import { gatewaySymbol } from "./GatewayIcon";
import { STATE_ICONS } from "./state-icons";
import type { NodeBadge, StateNodeType } from "./types";

const BADGE_ICONS: Record<NodeBadge["kind"], React.ReactNode> = {
  sla: <ClockCircleOutlined />,
  timer: <FieldTimeOutlined />,
  hook: <ApiOutlined />,
  countersign: <TeamOutlined />,
  scripts: <CodeOutlined />,
  notifications: <BellOutlined />,
};


/** While a connection is being dragged from another state, the whole of this one takes it: dropping
 *  anywhere on the body connects, not only on the small handle (mounted after the visible handle,
 *  so edges keep drawing to that one). */
function BodyTarget({ nodeId }: { nodeId: string }) {
  const active = useConnection((connection) => connection.inProgress && connection.fromNode.id !== nodeId);
  if (!active) return null;
  return <Handle type="target" id="body" position={Position.Left} isConnectableStart={false} className="designer-body-target" data-testid={`body-target-${nodeId}`} />;
}

/** A gateway: a diamond with its symbol between the handles, its name and key below. */
function gatewayBody(data: StateNodeType["data"], classes: string[]) {
  const { state, summary, problems } = data;
  const symbol = gatewaySymbol(state.type);
  return (
    <div
      className={[...classes, "designer-gateway"].join(" ")}
      data-testid={`state-node-${state.key}`}
      data-invalid={problems.length > 0 || undefined}
      data-gateway={state.type}
    >
      <div className="designer-gateway-shape">
        <Handle type="target" position={Position.Left} className="designer-handle" data-testid={`handle-in-${state.key}`} />
        <div className="designer-gateway-diamond" />
        <svg className="designer-gateway-symbol" viewBox="0 0 16 16" aria-hidden>
          {symbol === "plus" ? <path d="M8 3 V13 M3 8 H13" /> : <circle cx="8" cy="8" r="4.2" />}
        </svg>
        <Handle type="source" position={Position.Right} className="designer-handle" data-testid={`handle-out-${state.key}`} />
      </div>
      <BodyTarget nodeId={state.key} />
      <div className="designer-node-name">{state.name || state.key}</div>
      <div className="designer-node-key">{state.key}</div>
      {summary && <div className="designer-node-summary">{summary}</div>}
    </div>
  );
}

function StateNodeView({ data, selected }: NodeProps<StateNodeType>) {
  const { state, summary, badges, problems } = data;
  const classes = ["designer-node", `designer-node-${state.type}`];
  if (selected) classes.push("designer-node-selected");
  if (problems.length) classes.push("designer-node-invalid");

  const body = gatewaySymbol(state.type) ? (
    gatewayBody(data, classes)
  ) : (
    <div className={classes.join(" ")} data-testid={`state-node-${state.key}`} data-invalid={problems.length > 0 || undefined}>
      <Handle type="target" position={Position.Left} className="designer-handle" data-testid={`handle-in-${state.key}`} />
      <div className="designer-node-title">
        <span className="designer-node-icon">{STATE_ICONS[state.type]}</span>
        <span className="designer-node-name">{state.name || state.key}</span>
      </div>
      <div className="designer-node-key">{state.key}</div>
      {summary && <div className="designer-node-summary">{summary}</div>}
      {badges.length > 0 && (
        <div className="designer-node-badges">
          {badges.map((badge) => (
            <Tooltip key={badge.kind} title={badge.tooltip}>
              <span className="designer-node-badge" data-testid={`badge-${badge.kind}`}>
                {BADGE_ICONS[badge.kind]}
                {badge.text ? <span>{badge.text}</span> : null}
              </span>
            </Tooltip>
          ))}
        </div>
      )}
      {state.type !== "end" && (
        <Handle type="source" position={Position.Right} className="designer-handle" data-testid={`handle-out-${state.key}`} />
      )}
      <BodyTarget nodeId={state.key} />
    </div>
  );
  if (!problems.length) return body;
  return (
    <Tooltip
      color="#fff1f0"
      title={
        <ul className="designer-problem-tooltip">
          {problems.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      }
    >
      {body}
    </Tooltip>
  );
}

export const StateNode = memo(StateNodeView);
