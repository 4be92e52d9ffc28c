// Dropping a connection anywhere on a state connects to it: while a connection is dragged from another
// state, the whole body of every other state is a target handle (React Flow picks the handle under
// the pointer first); when nothing is being dragged, there is no such handle in the way.
import { ReactFlow, ReactFlowProvider } from "@xyflow/react";
import { screen } from "@testing-library/react";
import { renderWithProviders } from "../../testing/render";
import { buildNodes } from "./build-graph";
import { StateNode } from "./StateNode";
import { starterDoc } from "../../testing/documents";

const connecting = vi.hoisted(() => ({ from: null as string | null }));
vi.mock("@xyflow/react", async (original) => {
  const actual = await original<typeof import("@xyflow/react")>();
  type Selector = Parameters<typeof actual.useConnection>[0];
  return {
    ...actual,
    useConnection: (selector: NonNullable<Selector>) =>
      selector((connecting.from ? { inProgress: true, fromNode: { id: connecting.from } } : { inProgress: false, fromNode: null }) as never),
  };
});

const describe = { summary: () => "", badges: () => [], branchLabel: (name: string) => name };

function canvas() {
  const nodes = buildNodes(starterDoc(), null, [], describe);
  return renderWithProviders(
    <ReactFlowProvider>
      <div style={{ width: 800, height: 600 }}>
        <ReactFlow nodes={nodes} edges={[]} nodeTypes={{ state: StateNode }} />
      </div>
    </ReactFlowProvider>,
  );
}

test("while a connection is dragged from a state, every other state's body takes it", async () => {
  connecting.from = "start";
  canvas();
  const body = await screen.findByTestId("body-target-done");
  expect(body).toHaveClass("react-flow__handle", "designer-body-target", "target", "connectableend");
  expect(body).toHaveAttribute("data-handleid", "body");
  expect(body).toHaveAttribute("data-nodeid", "done");
  // Not on the state the connection starts from (no accidental loops), and after the small handle.
  expect(screen.queryByTestId("body-target-start")).toBeNull();
  const handles = Array.from(screen.getByTestId("state-node-done").querySelectorAll(".react-flow__handle"));
  expect(handles.indexOf(body)).toBeGreaterThan(handles.indexOf(screen.getByTestId("handle-in-done")));
});

test("no body target when nothing is being connected (the node drags and clicks as usual)", async () => {
  connecting.from = null;
  canvas();
  await screen.findByTestId("state-node-done");
  expect(screen.queryByTestId("body-target-done")).toBeNull();
});
