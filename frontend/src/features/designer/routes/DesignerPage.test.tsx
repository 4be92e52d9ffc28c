import { json, requests, serve } from "@/test/fetch-stub";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { choose } from "../testing/antd";
import { starterApiDocument } from "../testing/documents";
import { renderWithProviders } from "../testing/render";
import { DesignerPage } from "./DesignerPage";

vi.setConfig({ testTimeout: 30_000 });

const WORKFLOW = { id: 1, key: "expense", name: "Expense claim", can_manage: true, current_version: null, draft_version: 1 };
const draft = (etag = '"1.1"', document: object = starterApiDocument) => ({
  number: 1,
  status: "draft",
  revision: 1,
  etag,
  comment: "",
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
  published_at: null,
  published_by: null,
  document,
});

type Reply = (request: Request, body: unknown) => Response | undefined;

/** The backend: the workflow, its draft, validate (no problems unless told), and whatever `extra` answers. */
function backend(extra: Reply = () => undefined, problems: object[] = []) {
  serve(async (request) => {
    const path = new URL(request.url).pathname;
    const body = request.method === "GET" ? undefined : await request.clone().json().catch(() => undefined);
    const answer = extra(request, body);
    if (answer) return answer;
    if (path === "/api/v1/workflows/1") return json(WORKFLOW);
    if (path === "/api/v1/workflows/1/draft" && request.method === "GET") return json(draft(), 200, { ETag: '"1.1"' });
    if (path === "/api/v1/workflows/1/validate") return json({ valid: problems.length === 0, problems });
    return json({ error: { code: "not_found", message: "Not found." } }, 404);
  });
}

const sent = (method: string, path: string) => requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

function open() {
  return renderWithProviders(<DesignerPage />, { path: "/workflows/:workflowId/design", route: "/workflows/1/design" });
}

test("loads the draft onto the canvas and checks it live", async () => {
  backend(undefined, [{ path: "states.0", code: "dead_end", message: "State 'start' has no transition out of it." }]);
  open();
  expect(await screen.findByTestId("designer-title")).toHaveTextContent("Design: Expense claim");
  expect(screen.getByTestId("state-node-start")).toHaveTextContent("Draft");
  expect(screen.getByTestId("state-node-done")).toHaveTextContent("Done");
  expect(screen.getByTestId("edge-submit")).toHaveTextContent("Submit");
  await waitFor(() => expect(screen.getByTestId("problem-0")).toHaveTextContent("has no transition out of it"), { timeout: 5000 });
  expect(screen.getByTestId("state-node-start")).toHaveClass("designer-node-invalid");
  expect(sent("POST", "/api/v1/workflows/1/validate")[0]).toBeDefined();
  expect(await sent("POST", "/api/v1/workflows/1/validate")[0].json()).toMatchObject({ document: { states: [{ key: "start" }, { key: "done" }] } });

  fireEvent.click(screen.getByTestId("problem-0"));
  expect(await screen.findByTestId("state-panel")).toBeInTheDocument();
  expect(screen.getByTestId("state-name")).toHaveValue("Draft");
});

test("selecting an edge opens the transition; adding a state marks the draft unsaved; Save sends If-Match", async () => {
  backend((request, body) => {
    if (request.method === "PUT") return json(draft('"1.2"', (body as { document: object }).document), 200, { ETag: '"1.2"' });
  });
  open();
  fireEvent.click(await screen.findByTestId("edge-submit"));
  expect(await screen.findByTestId("transition-panel")).toBeInTheDocument();
  expect(screen.getByTestId("transition-name")).toHaveValue("Submit");

  expect(screen.getByTestId("saved-indicator")).toBeInTheDocument();
  fireEvent.click(screen.getByTestId("palette-normal"));
  expect(await screen.findByTestId("state-node-state_1")).toHaveTextContent("Step 1");
  expect(screen.getByTestId("unsaved-indicator")).toBeInTheDocument();
  expect(screen.getByTestId("state-name")).toHaveValue("Step 1");

  fireEvent.click(screen.getByTestId("designer-save"));
  await waitFor(() => expect(sent("PUT", "/api/v1/workflows/1/draft")).toHaveLength(1));
  const put = sent("PUT", "/api/v1/workflows/1/draft")[0];
  expect(put.headers.get("If-Match")).toBe('"1.1"');
  expect((await put.json()).document.states.map((s: { key: string }) => s.key)).toEqual(["start", "done", "state_1"]);
  expect(await screen.findByTestId("saved-indicator")).toBeInTheDocument();

  // The next save carries the new ETag; Ctrl+S saves too.
  fireEvent.change(screen.getByTestId("state-name"), { target: { value: "Approve" } });
  fireEvent.keyDown(window, { key: "s", ctrlKey: true });
  await waitFor(() => expect(sent("PUT", "/api/v1/workflows/1/draft")).toHaveLength(2));
  const second = sent("PUT", "/api/v1/workflows/1/draft")[1];
  expect(second.headers.get("If-Match")).toBe('"1.2"');
  expect((await second.json()).document.states[2].name).toBe("Approve");
});

test("a stale draft (412) offers to overwrite with mine", async () => {
  let attempts = 0;
  backend((request, body) => {
    if (request.method !== "PUT") return undefined;
    attempts += 1;
    if (request.headers.get("If-Match") === '"1.1"') {
      return json({ error: { code: "precondition_failed", message: "The draft changed", details: { current_etag: '"1.5"' } } }, 412);
    }
    return json(draft('"1.6"', (body as { document: object }).document));
  });
  open();
  fireEvent.click(await screen.findByTestId("palette-end"));
  fireEvent.click(screen.getByTestId("designer-save"));
  const modal = await screen.findByTestId("conflict-modal");
  expect(within(modal).getByText("Someone else changed this draft")).toBeInTheDocument();
  fireEvent.click(screen.getByTestId("conflict-overwrite"));
  await waitFor(() => expect(attempts).toBe(2));
  expect(sent("PUT", "/api/v1/workflows/1/draft").map((r) => r.headers.get("If-Match"))).toEqual(['"1.1"', '"1.5"']);
  expect(await screen.findByTestId("saved-indicator")).toBeInTheDocument();
});

test("a stale draft (412) can be reloaded instead", async () => {
  let loads = 0;
  backend((request) => {
    if (request.method === "PUT") return json({ error: { code: "precondition_failed", message: "stale", details: { current_etag: '"1.5"' } } }, 412);
    if (request.method === "GET" && new URL(request.url).pathname === "/api/v1/workflows/1/draft") {
      loads += 1;
      const theirs = { ...starterApiDocument, states: [...starterApiDocument.states!, { key: "theirs", name: "Theirs", type: "normal", can_withdraw: false, reuse_last_handler: false }] };
      return json(loads === 1 ? draft() : draft('"1.5"', theirs));
    }
  });
  open();
  fireEvent.click(await screen.findByTestId("palette-end"));
  fireEvent.click(screen.getByTestId("designer-save"));
  fireEvent.click(await screen.findByTestId("conflict-reload"));
  expect(await screen.findByTestId("state-node-theirs")).toBeInTheDocument();
  expect(screen.queryByTestId("state-node-state_1")).not.toBeInTheDocument();
  expect(screen.getByTestId("saved-indicator")).toBeInTheDocument();
});

test("publish saves first, publishes with the saved ETag, then goes to the workflow", async () => {
  backend((request, body) => {
    const path = new URL(request.url).pathname;
    if (request.method === "PUT") return json(draft('"1.2"', (body as { document: object }).document));
    if (path === "/api/v1/workflows/1/publish") return json({ ...draft('"1.2"'), status: "published" });
  });
  const { router } = open();
  fireEvent.click(await screen.findByTestId("palette-normal"));
  fireEvent.click(screen.getByTestId("designer-publish"));
  fireEvent.change(await screen.findByTestId("publish-comment"), { target: { value: "First version" } });
  await act(async () => fireEvent.click(screen.getByTestId("confirm-publish")));
  await waitFor(() => expect(router.state.location.pathname).toBe("/workflows/1"));
  const publish = sent("POST", "/api/v1/workflows/1/publish")[0];
  expect(publish.headers.get("If-Match")).toBe('"1.2"');
  expect(await publish.json()).toEqual({ comment: "First version" });
  expect(sent("PUT", "/api/v1/workflows/1/draft")[0].headers.get("If-Match")).toBe('"1.1"');
});

test("a refused publish (422) shows every problem on the graph and in the list", async () => {
  backend((request) => {
    if (new URL(request.url).pathname === "/api/v1/workflows/1/publish") {
      return json(
        {
          error: {
            code: "invalid_definition",
            message: "The draft has 1 problem(s)",
            details: [{ path: "transitions.0.target", code: "unknown_state", message: "There is no state 'nowhere'." }],
          },
        },
        422,
      );
    }
  });
  const { router } = open();
  fireEvent.click(await screen.findByTestId("designer-publish"));
  await act(async () => fireEvent.click(await screen.findByTestId("confirm-publish")));
  await waitFor(() => expect(screen.getByTestId("problem-0")).toHaveTextContent("There is no state 'nowhere'."));
  expect(screen.getByTestId("edge-submit")).toHaveClass("invalid");
  expect(router.state.location.pathname).toBe("/workflows/1/design");
});

test("leaving with unsaved changes asks first", async () => {
  backend();
  const { router } = open();
  fireEvent.click(await screen.findByTestId("palette-normal"));
  await act(async () => {
    void router.navigate("/workflows/1");
  });
  fireEvent.click(await screen.findByText("Stay"));
  expect(router.state.location.pathname).toBe("/workflows/1/design");
  await act(async () => {
    void router.navigate("/workflows/1");
  });
  await waitFor(() => expect(screen.getAllByTestId("confirm-leave").length).toBeGreaterThan(0));
  fireEvent.click(screen.getAllByTestId("confirm-leave").at(-1)!);
  await waitFor(() => expect(router.state.location.pathname).toBe("/workflows/1"));
});

test("a malformed id says so without asking the server", async () => {
  serve(() => json({}));
  renderWithProviders(<DesignerPage />, { path: "/workflows/:workflowId/design", route: "/workflows/abc/design" });
  expect(await screen.findByText("Workflow not found")).toBeInTheDocument();
  expect(requests).toHaveLength(0);
});

test("an unknown workflow says so", async () => {
  serve(() => json({ error: { code: "not_found", message: "Not found." } }, 404));
  open();
  expect(await screen.findByText("Workflow not found")).toBeInTheDocument();
});

test("a split from the palette comes with its join; connecting out of it makes an auto branch; saving keeps both", async () => {
  backend((request, body) => {
    if (request.method === "PUT") return json(draft('"1.2"', (body as { document: object }).document), 200, { ETag: '"1.2"' });
  });
  open();
  fireEvent.click(await screen.findByTestId("palette-parallel_split"));
  fireEvent.click(await screen.findByTestId("add-with-join"));
  expect(await screen.findByTestId("state-node-split_1")).toHaveAttribute("data-gateway", "parallel_split");
  expect(screen.getByTestId("state-node-join_1")).toHaveAttribute("data-gateway", "parallel_join");
  expect(screen.getByTestId("state-node-split_1")).toHaveTextContent("Joins at Join 1");
  expect(screen.getByTestId("state-panel")).toHaveTextContent("Split 1");

  await choose("add-transition-target", "Done (done)");
  fireEvent.click(screen.getByTestId("add-transition"));
  expect(await screen.findByTestId("transition-auto")).toBeInTheDocument();

  // A split added without its join names none.
  // The first question may still be closing: answer the latest one.
  const asked = screen.queryAllByTestId("add-split-only").length;
  fireEvent.click(screen.getByTestId("palette-inclusive_split"));
  await waitFor(() => expect(screen.queryAllByTestId("add-split-only").length).toBeGreaterThan(asked));
  fireEvent.click(screen.getAllByTestId("add-split-only").at(-1)!);
  expect(await screen.findByTestId("state-node-split_2")).toHaveAttribute("data-gateway", "inclusive_split");
  expect(screen.queryByTestId("state-node-join_2")).not.toBeInTheDocument();

  fireEvent.click(screen.getByTestId("designer-save"));
  await waitFor(() => expect(sent("PUT", "/api/v1/workflows/1/draft")).toHaveLength(1));
  const saved = (await sent("PUT", "/api/v1/workflows/1/draft")[0].json()).document;
  expect(saved.states.slice(2).map((s: { key: string; type: string; join: string | null }) => [s.key, s.type, s.join])).toEqual([
    ["split_1", "parallel_split", "join_1"],
    ["join_1", "parallel_join", null],
    ["split_2", "inclusive_split", null],
  ]);
  expect(saved.transitions.at(-1)).toMatchObject({ source: "split_1", target: "done", kind: "auto", condition: null, expression: null });
});
