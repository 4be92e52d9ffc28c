import { Background, Controls, type Edge, type Node, ReactFlow } from "@xyflow/react";
import type { CSSProperties } from "react";
// The graph library's styles travel with the graph (only pages that draw one load them).
import "@xyflow/react/dist/style.css";
import { useThemeMode } from "@/lib/theme";

export type ReadOnlyFlowProps = {
  nodes: Node[];
  edges: Edge[];
  height: number;
  testId: string;
  /** Extra style for the frame (a border, say). */
  frameStyle?: CSSProperties;
};

/** A graph to look at, not to edit: fitted to its frame, nothing draggable, selectable or focusable. */
export function ReadOnlyFlow({ nodes, edges, height, testId, frameStyle }: ReadOnlyFlowProps) {
  // The canvas, its dots and controls go dark with the app; the state cards keep their own colours.
  const { dark } = useThemeMode();
  return (
    <div style={{ height, width: "100%", ...frameStyle }} data-testid={testId}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        colorMode={dark ? "dark" : "light"}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        zoomOnScroll={false}
        preventScrolling={false}
        minZoom={0.2}
        maxZoom={1.5}
      >
        <Background gap={16} size={1} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
