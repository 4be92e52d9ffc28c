import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderRoutes, stubApi } from "../test-utils";

// antd widgets under jsdom are slow on a busy machine: give each test room.
vi.setConfig({ testTimeout: 20_000 });

const workflow = (id: number, key: string, name: string, current_version: number | null) => ({
  id, key, name, description: `About ${name}`, category: "HR", admin_ids: [], current_version, draft_version: 2, draft_etag: null, can_manage: false, created_at: "", updated_at: "",
});
const init = (id: number, can_create: boolean) => ({
  workflow_id: id, key: "k", name: "n", version: 1, can_create, start_state: { key: "draft", name: "Draft" }, fields: [], transitions: [],
});

test("only workflows I may start are offered; a card opens the form", async () => {
  stubApi([
    ["GET", "/api/v1/workflows", [workflow(1, "leave", "Leave request", 1), workflow(2, "audit", "Audit", 1), workflow(3, "new", "Unpublished", null), workflow(4, "secret", "Secret", 1)]],
    ["GET", "/api/v1/workflows/1/init", init(1, true)],
    ["GET", "/api/v1/workflows/2/init", init(2, false)],
    ["GET", "/api/v1/workflows/4/init", json({ error: { code: "not_found", message: "No workflow" } }, 404)],
  ]);
  const user = userEvent.setup();
  const { router } = renderRoutes("/tickets/new");
  expect(await screen.findByTestId("workflow-card-leave")).toHaveTextContent("About Leave request");
  expect(screen.queryByTestId("workflow-card-audit")).not.toBeInTheDocument();
  expect(screen.queryByTestId("workflow-card-new")).not.toBeInTheDocument();
  expect(screen.queryByTestId("workflow-card-secret")).not.toBeInTheDocument();
  await user.click(screen.getByText("Leave request"));
  await waitFor(() => expect(router.state.location.pathname).toBe("/tickets/new/1"));
});

test("nothing to start says so", async () => {
  stubApi([["GET", "/api/v1/workflows", []]]);
  renderRoutes("/tickets/new");
  expect(await screen.findByText("There is no workflow you can start a ticket in.")).toBeInTheDocument();
});
