import { type Edge, MarkerType, type Node, Position } from "@xyflow/react";
import { Empty } from "antd";
import { type CSSProperties, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ReadOnlyFlow } from "@/components/workflow-graph/ReadOnlyFlow";
import { stateNodeStyle } from "@/components/workflow-graph/node-style";
import type { StateDef, WorkflowDocument } from "../types";
import { type DiffOp, type GraphMarks, OP_COLORS } from "../utils/diff";
import { statePositions, targetsOf } from "../utils/layout";

const TINTS: Record<DiffOp, string> = { added: "#f6ffed", removed: "#fff1f0", changed: "#fffbe6" };
// When several transitions share one drawn edge, the most telling change colours it.
const RANK: Record<DiffOp, number> = { changed: 1, added: 2, removed: 2 };

function nodeStyle(state: StateDef, op: DiffOp | undefined): CSSProperties {
  const style = stateNodeStyle(state.type, 160, "#8c8c8c");
  if (op) {
    Object.assign(style, {
      borderColor: OP_COLORS[op],
      borderStyle: op === "removed" ? "dashed" : state.type === "end" ? "double" : "solid",
      borderWidth: state.type === "end" ? 3 : 2,
      background: TINTS[op],
      fontWeight: 600,
    });
  }
  return style;
}

type Props = { document: WorkflowDocument; marks?: GraphMarks; height?: number; testId?: string };

/** One version's states and transitions, read-only, with the states and transitions a diff touches coloured. */
export function VersionGraph({ document, marks = { states: {}, transitions: {} }, height = 340, testId = "version-graph" }: Props) {
  const { t } = useTranslation("workflows");
  const { nodes, edges } = useMemo(() => {
    const states = document.states ?? [];
    const transitions = document.transitions ?? [];
    const { positions, direction } = statePositions(states, transitions);
    const keys = new Set(states.map((state) => state.key));
    const nodes: Node[] = states.map((state) => ({
      id: state.key,
      position: positions[state.key] ?? { x: 0, y: 0 },
      sourcePosition: direction === "right" ? Position.Right : Position.Bottom,
      targetPosition: direction === "right" ? Position.Left : Position.Top,
      type: state.type === "start" ? "input" : state.type === "end" ? "output" : "default",
      data: {
        label: (
          <span data-testid={`${testId}-node-${state.key}`} data-op={marks.states[state.key] ?? ""} title={state.key}>
            {state.name}
          </span>
        ),
      },
      style: nodeStyle(state, marks.states[state.key]),
      draggable: false,
      connectable: false,
      selectable: false,
    }));
    // One drawn edge per pair of states, naming every transition (and branch) between them.
    const pairs = new Map<string, { source: string; target: string; names: string[]; op?: DiffOp; branchOnly: boolean }>();
    for (const transition of transitions) {
      const op = marks.transitions[transition.key];
      for (const { target, branch } of targetsOf(transition)) {
        if (!keys.has(transition.source) || !keys.has(target)) continue;
        const id = `${transition.source}->${target}`;
        const pair = pairs.get(id) ?? { source: transition.source, target, names: [], branchOnly: true };
        if (!pair.names.includes(transition.name)) pair.names.push(transition.name);
        if (op && (!pair.op || RANK[op] > RANK[pair.op])) pair.op = op;
        pair.branchOnly &&= branch;
        pairs.set(id, pair);
      }
    }
    const edges: Edge[] = [...pairs.entries()].map(([id, pair]) => {
      const color = pair.op ? OP_COLORS[pair.op] : "#8c8c8c";
      return {
        id,
        source: pair.source,
        target: pair.target,
        label: pair.names.join(" / "),
        markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color },
        style: {
          stroke: color,
          strokeWidth: pair.op ? 2.5 : 1.5,
          strokeDasharray: pair.op === "removed" || pair.branchOnly ? "6 4" : undefined,
        },
        labelStyle: { fontSize: 11, fill: pair.op ? color : undefined, fontWeight: pair.op ? 600 : undefined },
        labelBgPadding: [4, 2] as [number, number],
        focusable: false,
      };
    });
    return { nodes, edges };
  }, [document, marks, testId]);

  if (!nodes.length) return <Empty description={t("graph.empty")} style={{ padding: 24 }} />;
  return (
    <ReadOnlyFlow
      nodes={nodes}
      edges={edges}
      height={height}
      testId={testId}
      frameStyle={{ border: "1px solid #f0f0f0", borderRadius: 8 }}
    />
  );
}
