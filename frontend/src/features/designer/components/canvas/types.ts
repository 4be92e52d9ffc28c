import type { Edge, Node } from "@xyflow/react";
import type { StateDef, TransitionKind } from "../../model";

export interface NodeBadge {
  kind: "sla" | "timer" | "hook" | "countersign" | "scripts" | "notifications";
  text?: string;
  tooltip: string;
}

export type StateNodeData = {
  state: StateDef;
  summary: string;
  badges: NodeBadge[];
  problems: string[];
};
export type StateNodeType = Node<StateNodeData, "state">;

export type TransitionEdgeData = {
  transitionKey: string;
  label: string;
  kind: TransitionKind;
  /** Set for the edge of a conditional branch (its index in the transition's branches). */
  branch: number | null;
  /** A branch of an inclusive split that starts only when its condition holds. */
  conditional: boolean;
  problems: string[];
  /** Vertical bend that keeps parallel edges apart. */
  offset: number;
  loop: boolean;
};
export type TransitionEdgeType = Edge<TransitionEdgeData, "transition">;
