import { type Edge, MarkerType, type Node, Position } from "@xyflow/react";
import type { CSSProperties } from "react";
import { useMemo } from "react";
import { type GraphState, type GraphTransition, NODE_WIDTH, layoutStates } from "./layout";
import { stateNodeStyle } from "./node-style";
import { ReadOnlyFlow } from "./ReadOnlyFlow";

export type { GraphState, GraphTransition } from "./layout";

export type WorkflowGraphProps = {
  states: GraphState[];
  transitions: GraphTransition[];
  /** The state(s) to highlight (a ticket's current state; every running branch's while it runs
   *  parallel branches). */
  highlight?: string | readonly string[];
  /** States to tint (where a ticket has been). */
  visited?: string[];
  height?: number;
};

function nodeStyle(state: GraphState, current: boolean, visited: boolean): CSSProperties {
  const style = stateNodeStyle(state.type, NODE_WIDTH, "#52c41a");
  if (visited) Object.assign(style, { background: "#e6f4ff" });
  if (current) {
    Object.assign(style, { background: "#1677ff", color: "#fff", borderColor: "#0958d9", fontWeight: 600, boxShadow: "0 0 0 4px rgba(22, 119, 255, 0.25)" });
  }
  return style;
}

/** A workflow (version) as a read-only graph: start and end states stand out, the highlighted state is
 *  filled, visited ones tinted. It shows the names it is given (no translation inside). */
export function WorkflowGraph({ states, transitions, highlight, visited = [], height = 360 }: WorkflowGraphProps) {
  const { nodes, edges } = useMemo(() => {
    const { positions, direction } = layoutStates(states, transitions);
    const seen = new Set(visited);
    const highlighted = new Set(typeof highlight === "string" ? [highlight] : (highlight ?? []));
    const nodes: Node[] = states.map((state) => {
      const current = highlighted.has(state.key);
      const wasThere = seen.has(state.key);
      return {
        id: state.key,
        position: positions.get(state.key) ?? { x: 0, y: 0 },
        type: state.type === "start" ? "input" : state.type === "end" ? "output" : "default",
        sourcePosition: direction === "right" ? Position.Right : Position.Bottom,
        targetPosition: direction === "right" ? Position.Left : Position.Top,
        data: {
          label: (
            <span
              data-testid={`graph-node-${state.key}`}
              data-state-type={state.type}
              data-visited={wasThere ? "true" : undefined}
              aria-current={current ? "step" : undefined}
            >
              {state.name}
            </span>
          ),
        },
        style: nodeStyle(state, current, wasThere),
        draggable: false,
        connectable: false,
        selectable: false,
      };
    });
    // One edge per pair of states, naming every transition between them.
    const pairs = new Map<string, GraphTransition[]>();
    for (const transition of transitions) {
      const id = `${transition.source}->${transition.target}`;
      pairs.set(id, [...(pairs.get(id) ?? []), transition]);
    }
    const edges: Edge[] = [...pairs.entries()].map(([id, group]) => ({
      id,
      source: group[0]!.source,
      target: group[0]!.target,
      label: group.map((transition) => transition.name).join(" / "),
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      style: { strokeWidth: 1.5 },
      labelStyle: { fontSize: 11 },
      labelBgPadding: [4, 2] as [number, number],
      focusable: false,
    }));
    return { nodes, edges };
  }, [states, transitions, highlight, visited]);

  return <ReadOnlyFlow nodes={nodes} edges={edges} height={height} testId="workflow-graph" />;
}
