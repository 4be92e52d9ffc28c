// The designer's traps for a new admin (issue 17): a typed duplicate key is a listed problem that
// blocks publishing, warnings are listed without blocking, and edits can be undone and redone.
import { json, requests, serve } from "@/test/fetch-stub";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { starterApiDocument } from "../testing/documents";
import { renderWithProviders } from "../testing/render";
import { DesignerPage } from "../routes/DesignerPage";

vi.setConfig({ testTimeout: 30_000 });

const WORKFLOW = { id: 1, key: "expense", name: "Expense claim", can_manage: true, current_version: null, draft_version: 1 };
const DRAFT = {
  number: 1,
  status: "draft",
  revision: 1,
  etag: '"1.1"',
  comment: "",
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
  published_at: null,
  published_by: null,
  document: starterApiDocument,
};

function backend(warnings: object[] = []) {
  serve(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/workflows/1") return json(WORKFLOW);
    if (path === "/api/v1/workflows/1/draft" && request.method === "GET") return json(DRAFT, 200, { ETag: '"1.1"' });
    if (path === "/api/v1/workflows/1/validate") return json({ valid: true, problems: [], warnings });
    return json({ error: { code: "not_found", message: "Not found." } }, 404);
  });
}

const sent = (method: string, path: string) => requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

function open() {
  return renderWithProviders(<DesignerPage />, { path: "/workflows/:workflowId/design", route: "/workflows/1/design" });
}

test("a duplicate key typed for a state is a listed problem that blocks publishing until fixed", async () => {
  backend();
  open();
  expect(await screen.findByTestId("valid-indicator", {}, { timeout: 5000 })).toHaveTextContent("Ready to publish");
  fireEvent.click(screen.getByTestId("state-node-done"));
  const key = await screen.findByTestId("state-key");
  fireEvent.change(key, { target: { value: "start" } });
  fireEvent.blur(key);
  expect(await screen.findByTestId("problem-0")).toHaveTextContent("Duplicate key");
  expect(screen.getByTestId("problem-0")).toHaveTextContent("“start”");
  expect(screen.getByTestId("problems-indicator")).toHaveTextContent("1 problem");
  expect(screen.queryByTestId("valid-indicator")).toBeNull();
  expect(screen.getByTestId("state-node-done")).toHaveClass("designer-node-invalid");

  // Selecting something else does not drop it: the key box shows it again when the state is back.
  fireEvent.click(screen.getByTestId("state-node-start"));
  await waitFor(() => expect(screen.getByTestId("state-key")).toHaveValue("start"));
  expect(screen.getByTestId("problem-0")).toBeInTheDocument();
  fireEvent.click(screen.getByTestId("problem-0"));
  await waitFor(() => expect(screen.getByTestId("state-key")).toHaveValue("start"));
  expect(screen.getByTestId("state-name")).toHaveValue("Done");

  fireEvent.click(screen.getByTestId("designer-publish"));
  expect(await screen.findByText(/Not published: 1 key you typed/)).toBeInTheDocument();
  expect(screen.queryByTestId("confirm-publish")).toBeNull();
  expect(sent("POST", "/api/v1/workflows/1/publish")).toHaveLength(0);

  // A free key applies and the problem goes.
  fireEvent.change(screen.getByTestId("state-key"), { target: { value: "finished" } });
  fireEvent.blur(screen.getByTestId("state-key"));
  expect(await screen.findByTestId("state-node-finished")).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByTestId("problem-0")).toBeNull());
});

test("Escape in the key box gives up a key that cannot be applied", async () => {
  backend();
  open();
  fireEvent.click(await screen.findByTestId("edge-submit"));
  const key = await screen.findByTestId("transition-key");
  fireEvent.change(key, { target: { value: "9 bad" } });
  expect(await screen.findByTestId("problem-0")).toHaveTextContent("Invalid key");
  fireEvent.keyDown(key, { key: "Escape" });
  await waitFor(() => expect(screen.queryByTestId("problem-0")).toBeNull());
  expect(screen.getByTestId("transition-key")).toHaveValue("submit");
});

test("warnings are listed with their element but do not block: the header still says ready", async () => {
  backend([{ path: "states.1", code: "may_resolve_to_nobody", message: "Department 'Sales' has no leader.", severity: "warning" }]);
  open();
  expect(await screen.findByTestId("warning-0", {}, { timeout: 5000 })).toHaveTextContent("May have no handler");
  expect(screen.getByTestId("warning-0")).toHaveTextContent("Department 'Sales' has no leader.");
  expect(screen.getByTestId("warning-0")).toHaveTextContent("State Done");
  expect(screen.getByTestId("valid-indicator")).toBeInTheDocument();
  expect(screen.getByTestId("warnings-indicator")).toHaveTextContent("1 warning");
  expect(screen.getByTestId("state-node-done")).not.toHaveClass("designer-node-invalid");
  fireEvent.click(screen.getByTestId("warning-0"));
  expect(await screen.findByTestId("state-panel")).toBeInTheDocument();
});

test("undo and redo: toolbar buttons and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, but not while typing", async () => {
  backend();
  open();
  await screen.findByTestId("state-node-start");
  expect(screen.getByTestId("designer-undo")).toBeDisabled();
  fireEvent.click(screen.getByTestId("palette-normal"));
  expect(await screen.findByTestId("state-node-state_1")).toBeInTheDocument();

  fireEvent.click(screen.getByTestId("designer-undo"));
  await waitFor(() => expect(screen.queryByTestId("state-node-state_1")).toBeNull());
  expect(screen.getByTestId("designer-redo")).toBeEnabled();
  fireEvent.click(screen.getByTestId("designer-redo"));
  expect(await screen.findByTestId("state-node-state_1")).toBeInTheDocument();
  fireEvent.click(screen.getByTestId("state-node-state_1"));

  // Typing a name is one step, and Ctrl+Z in the name box is the box's own undo.
  const name = screen.getByTestId("state-name");
  fireEvent.change(name, { target: { value: "Step 1 a" } });
  fireEvent.change(name, { target: { value: "Step 1 ab" } });
  fireEvent.keyDown(name, { key: "z", ctrlKey: true });
  expect(screen.getByTestId("state-node-state_1")).toHaveTextContent("Step 1 ab");

  act(() => {
    fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
  });
  await waitFor(() => expect(screen.getByTestId("state-node-state_1")).toHaveTextContent("Step 1"));
  expect(screen.getByTestId("state-node-state_1")).not.toHaveTextContent("Step 1 ab");
  fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
  await waitFor(() => expect(screen.queryByTestId("state-node-state_1")).toBeNull());
  fireEvent.keyDown(document.body, { key: "Z", ctrlKey: true, shiftKey: true });
  expect(await screen.findByTestId("state-node-state_1")).toBeInTheDocument();
  fireEvent.keyDown(document.body, { key: "y", ctrlKey: true });
  await waitFor(() => expect(screen.getByTestId("state-node-state_1")).toHaveTextContent("Step 1 ab"));
  expect(screen.getByTestId("designer-redo")).toBeDisabled();
});
