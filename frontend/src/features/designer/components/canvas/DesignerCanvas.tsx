// The graph: states as nodes, transitions as edges. Drag a node to move it, drag from a node's right
// handle to another node to connect them, drop a palette item to add a state, Delete to remove.
import {
  Background,
  type Connection,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { App } from "antd";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useThemeMode } from "@/lib/theme";
import { useDesigner } from "../../hooks/use-designer";
import { typingIn } from "../../hooks/use-undo-keys";
import { JOIN_OF_SPLIT, type StateType, type ViewRect, findState, placeNewState } from "../../model";
import { useTransitionName } from "../use-transition-name";
import { buildEdges, buildNodes } from "./build-graph";
import { DRAG_TYPE, Palette } from "./Palette";
import { StateNode } from "./StateNode";
import { TransitionEdge } from "./TransitionEdge";
import type { StateNodeType, TransitionEdgeType } from "./types";
import { useDescribe } from "./use-describe";

const nodeTypes = { state: StateNode };
const edgeTypes = { transition: TransitionEdge };
const MINIMAP_COLORS: Record<StateType, string> = {
  start: "#95de64",
  normal: "#91caff",
  end: "#bfbfbf",
  parallel_split: "#d3adf7",
  parallel_join: "#d3adf7",
  inclusive_split: "#87e8de",
  inclusive_join: "#87e8de",
};

export function DesignerCanvas() {
  const { t } = useTranslation("designer");
  const { doc, selection, problems, dispatch, select, remove } = useDesigner();
  const describe = useDescribe();
  const transitionName = useTransitionName();
  const flow = useReactFlow();
  const { dark } = useThemeMode();
  const { modal } = App.useApp();
  const canvas = useRef<HTMLDivElement>(null);

  /** What the canvas shows now, in flow coordinates (null before it is laid out). */
  const visible = (): ViewRect | null => {
    const box = canvas.current?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return null;
    const from = flow.screenToFlowPosition({ x: box.left, y: box.top });
    const to = flow.screenToFlowPosition({ x: box.right, y: box.bottom });
    return { x: from.x, y: from.y, width: to.x - from.x, height: to.y - from.y };
  };

  /** A palette click: next to the selected state, or in the middle of the view; never on another state. */
  const placement = () => {
    const anchor = selection?.kind === "state" ? findState(doc, selection.key)?.position ?? null : null;
    return placeNewState(doc, anchor, visible());
  };

  const built = useMemo(() => buildNodes(doc, selection, problems, describe), [doc, selection, problems, describe]);
  const edges = useMemo(() => buildEdges(doc, selection, problems, describe), [doc, selection, problems, describe]);
  // React Flow measures nodes into the node objects: keep our copy, refreshed from the document.
  const [nodes, setNodes] = useState<StateNodeType[]>(built);
  useEffect(() => {
    setNodes((current) => {
      const previous = new Map(current.map((node) => [node.id, node]));
      return built.map((node) => {
        const old = previous.get(node.id);
        if (!old) return node;
        return { ...node, measured: old.measured, ...(old.dragging ? { position: old.position, dragging: true } : {}) };
      });
    });
  }, [built]);

  const onNodesChange = useCallback(
    (changes: NodeChange<StateNodeType>[]) => {
      for (const change of changes) {
        if (change.type === "select" && change.selected) select({ kind: "state", key: change.id });
      }
      // Selection and removal go through the designer (one selection, confirmed deletes).
      setNodes((current) => applyNodeChanges(changes.filter((change) => change.type !== "select" && change.type !== "remove"), current));
    },
    [select],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<TransitionEdgeType>[]) => {
      for (const change of changes) {
        if (change.type === "select" && change.selected) select({ kind: "transition", key: change.id.split(":")[1] });
      }
    },
    [select],
  );

  const defaultName = (type: StateType) =>
    t(`defaults.${type}Name`, { number: doc.states.filter((state) => state.type === type).length + 1 });

  /** Add a state; a split comes with the offer to add its join too (named as the split's join). */
  const addState = (type: StateType, position?: { x: number; y: number }) => {
    const name = defaultName(type);
    const joinType = JOIN_OF_SPLIT[type];
    if (!joinType) {
      dispatch({ type: "addState", stateType: type, name, position });
      return;
    }
    modal.confirm({
      title: t("gateway.addJoinTitle", { split: t(`stateTypes.${type}`) }),
      content: t("gateway.addJoin", { join: t(`stateTypes.${joinType}`) }),
      okText: t("gateway.withJoin"),
      cancelText: t("gateway.splitOnly"),
      okButtonProps: { "data-testid": "add-with-join" },
      cancelButtonProps: { "data-testid": "add-split-only" },
      onOk: () => dispatch({ type: "addState", stateType: type, name, position, joinName: defaultName(joinType) }),
      onCancel: () => dispatch({ type: "addState", stateType: type, name, position }),
    });
  };

  const onConnect = (connection: Connection) => {
    if (!connection.source || !connection.target) return;
    dispatch({ type: "connect", source: connection.source, target: connection.target, name: transitionName(connection.source, connection.target) });
  };

  return (
    <div className="designer-graph">
      <Palette
        onAdd={(type) => addState(type, placement())}
        onArrange={() => {
          dispatch({ type: "arrange" });
          // Fit once the nodes have moved.
          setTimeout(() => void flow.fitView({ padding: 0.25, maxZoom: 1.1, duration: 200 }), 60);
        }}
      />
      <div
        ref={canvas}
        className="designer-canvas"
        data-testid="designer-canvas"
        onKeyDown={(event) => {
          if ((event.key === "Delete" || event.key === "Backspace") && selection && selection.kind !== "field" && !typingIn(event.target)) {
            event.preventDefault();
            remove(selection);
          }
        }}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = "move";
        }}
        onDrop={(event) => {
          const type = event.dataTransfer.getData(DRAG_TYPE) as StateType;
          if (!type) return;
          event.preventDefault();
          const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
          // Centre the new node under the pointer.
          addState(type, { x: Math.round(point.x - 88), y: Math.round(point.y - 30) });
        }}
      >
        <ReactFlow<StateNodeType, TransitionEdgeType>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          isValidConnection={(connection) => doc.states.find((state) => state.key === connection.source)?.type !== "end"}
          onNodeDragStop={(_event, _node, dragged) => {
            for (const node of dragged) dispatch({ type: "moveState", key: node.id, position: node.position });
          }}
          onPaneClick={() => select(null)}
          deleteKeyCode={null}
          multiSelectionKeyCode={null}
          selectionKeyCode={null}
          connectionRadius={36}
          fitView
          fitViewOptions={{ padding: 0.25, maxZoom: 1.1 }}
          minZoom={0.2}
          maxZoom={2}
          colorMode={dark ? "dark" : "light"}
        >
          <Background gap={20} />
          <Controls showInteractive={false} />
          <MiniMap
            pannable
            zoomable
            style={{ width: 150, height: 96 }}
            nodeColor={(node) => MINIMAP_COLORS[(node as StateNodeType).data.state.type]}
          />
        </ReactFlow>
      </div>
    </div>
  );
}
