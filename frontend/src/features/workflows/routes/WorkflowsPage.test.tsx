const { serve, json } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { leave, release } from "../testing/samples";
import { WorkflowsPage } from "./WorkflowsPage";

test("the list shows each workflow's key, category, versions and draft state; search goes to the API", async () => {
  const queries: string[] = [];
  serve((request) => {
    const url = new URL(request.url);
    queries.push(url.search);
    const q = url.searchParams.get("q");
    return json(q ? [release] : [leave, release]);
  });
  const user = userEvent.setup();
  renderWithProviders(<WorkflowsPage />, { path: "/workflows", route: "/workflows" });

  const table = await screen.findByTestId("workflow-table");
  const row = (await within(table).findByText("Leave request")).closest("tr")!;
  expect(within(row).getByText("leave")).toBeInTheDocument();
  expect(within(row).getByText("HR")).toBeInTheDocument();
  expect(within(row).getByText("v2")).toBeInTheDocument();
  expect(within(row).getByText("Up to date")).toBeInTheDocument();
  const other = within(table).getByText("Release approval").closest("tr")!;
  expect(within(other).getByText("Not published")).toBeInTheDocument();
  expect(within(row).getByRole("link", { name: "Design" })).toHaveAttribute("href", "/workflows/1/design");

  await user.type(screen.getByRole("searchbox"), "rel{Enter}");
  await waitFor(() => expect(queries).toContain("?q=rel"));
  await waitFor(() => expect(within(table).queryByText("Leave request")).not.toBeInTheDocument());
}, 20_000);

test("deleting asks first, then calls DELETE", async () => {
  const deleted: string[] = [];
  serve((request) => {
    if (request.method === "DELETE") {
      deleted.push(new URL(request.url).pathname);
      return new Response(null, { status: 204 });
    }
    return json([leave]);
  });
  const user = userEvent.setup();
  renderWithProviders(<WorkflowsPage />, { path: "/workflows", route: "/workflows" });

  const actions = await screen.findByTestId("workflow-actions-leave");
  await user.click(within(actions).getByTestId("delete-button"));
  const confirm = (await screen.findByText("Delete “Leave request”?")).closest(".ant-popconfirm") as HTMLElement;
  expect(deleted).toEqual([]);
  await user.click(within(confirm).getByRole("button", { name: "Delete" }));
  await waitFor(() => expect(deleted).toEqual(["/api/v1/workflows/1"]));
  expect(await screen.findByText("Deleted “Leave request”.")).toBeInTheDocument();
}, 20_000);

test("a failed load says why instead of an empty table", async () => {
  serve(() => json({ error: { code: "permission_denied", message: "No." } }, 403));
  renderWithProviders(<WorkflowsPage />, { path: "/workflows", route: "/workflows" });
  expect(await screen.findByText("You are not allowed to do this.")).toBeInTheDocument();
}, 20_000);
