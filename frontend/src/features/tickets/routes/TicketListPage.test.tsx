import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type Call, renderRoutes, sampleTicket as ticket, stubApi } from "../test-utils";
import type { TicketSummary } from "../types";

// antd widgets under jsdom are slow on a busy machine: give each test room.
vi.setConfig({ testTimeout: 20_000 });

const workflows = [
  { id: 1, key: "leave", name: "Leave request", description: "", category: "HR", admin_ids: [], current_version: 1, draft_version: 2, draft_etag: null, can_manage: false, created_at: "", updated_at: "" },
  { id: 2, key: "release", name: "Release approval", description: "", category: "IT", admin_ids: [], current_version: 1, draft_version: 2, draft_etag: null, can_manage: false, created_at: "", updated_at: "" },
];

let calls: Call[];
const listCalls = () => calls.filter((call) => call.method === "GET" && call.url.pathname === "/api/v1/tickets");
const lastQuery = () => Object.fromEntries(listCalls().at(-1)!.url.searchParams);

function setup(url: string, pages: Record<string, { items: TicketSummary[]; next_cursor: string | null }> = {}) {
  calls = stubApi([
    ["GET", "/api/v1/tickets", ({ url }) => pages[url.searchParams.get("cursor") ?? ""] ?? { items: [ticket(1), ticket(2)], next_cursor: null }],
    ["GET", "/api/v1/workflows", workflows],
  ]);
  return { user: userEvent.setup(), ...renderRoutes(url) };
}

test("the page shows the view's tickets with its name as title", async () => {
  setup("/tickets?view=todo");
  expect(await screen.findByText("Leave 1")).toBeInTheDocument();
  expect(screen.getByRole("heading", { name: "To do" })).toBeInTheDocument();
  const row = screen.getByTestId("ticket-row-LV-20260101-0001");
  expect(within(row).getByText("Leader review")).toBeInTheDocument();
  expect(within(row).getByText("In progress")).toBeInTheDocument();
  expect(within(row).getByText("Alice Wang")).toBeInTheDocument();
  expect(lastQuery()).toEqual({ view: "todo", limit: "20" });
});

test("a deep link's filters go to the API and show in the filter bar", async () => {
  setup("/tickets?view=created&workflow=1&status=finished&title=leave&serial=LV");
  await screen.findByText("Leave 1");
  expect(lastQuery()).toEqual({ view: "created", workflow: "1", status: "finished", title: "leave", serial: "LV", limit: "20" });
  expect(screen.getByRole("heading", { name: "Created by me" })).toBeInTheDocument();
  expect(within(screen.getByTestId("filter-status")).getByText("Finished")).toBeInTheDocument();
  expect(await within(screen.getByTestId("filter-workflow")).findByText("Leave request")).toBeInTheDocument();
  expect(screen.getByLabelText("Search titles")).toHaveValue("leave");
});

test("changing a filter writes it to the URL and asks the API again", async () => {
  const { user, router } = setup("/tickets?view=all");
  await screen.findByText("Leave 1");
  await user.click(within(screen.getByTestId("filter-status")).getByRole("combobox"));
  await user.click(await screen.findByTitle("Returned"));
  await waitFor(() => expect(router.state.location.search).toBe("?view=all&status=returned"));
  await waitFor(() => expect(lastQuery()).toEqual({ view: "all", status: "returned", limit: "20" }));

  await user.type(screen.getByLabelText("Search titles"), "vpn{enter}");
  await waitFor(() => expect(router.state.location.search).toBe("?view=all&status=returned&title=vpn"));
  await waitFor(() => expect(lastQuery().title).toBe("vpn"));

  await user.click(screen.getByTestId("filter-reset"));
  await waitFor(() => expect(router.state.location.search).toBe("?view=all"));
});

test("next and previous page follow the cursors", async () => {
  const { user, router } = setup("/tickets?view=todo", {
    "": { items: [ticket(1)], next_cursor: "c2" },
    c2: { items: [ticket(2)], next_cursor: null },
  });
  await screen.findByText("Leave 1");
  expect(screen.getByTestId("page-previous")).toBeDisabled();
  await user.click(screen.getByTestId("page-next"));
  expect(await screen.findByText("Leave 2")).toBeInTheDocument();
  expect(router.state.location.search).toBe("?view=todo&cursor=c2");
  expect(screen.getByTestId("page-next")).toBeDisabled();
  await user.click(screen.getByTestId("page-previous"));
  expect(await screen.findByText("Leave 1")).toBeInTheDocument();
  expect(router.state.location.search).toBe("?view=todo");
});

test("a row opens its ticket", async () => {
  const { user, router } = setup("/tickets?view=todo");
  await user.click(await screen.findByText("Leave 2"));
  await waitFor(() => expect(router.state.location.pathname).toBe("/tickets/2"));
});

test("an empty list offers a new ticket", async () => {
  const { user, router } = setup("/tickets?view=created", { "": { items: [], next_cursor: null } });
  expect(await screen.findByText("You have not filed any tickets yet.")).toBeInTheDocument();
  // The table's loading veil (pointer-events: none) fades out after the data arrives.
  await waitFor(() => expect(document.querySelector(".ant-spin-blur, .ant-spin-spinning")).toBeNull());
  await user.click(within(screen.getByTestId("tickets-empty")).getByRole("button", { name: /new ticket/i }));
  await waitFor(() => expect(router.state.location.pathname).toBe("/tickets/new"));
});

test("a ticket running parallel branches shows my steps, one per branch, instead of its split state", async () => {
  const parallel = ticket(3, {
    state: { key: "fork", name: "Fork" },
    my_role: "handler",
    my_steps: [
      { branch: "fork:to_it", state: { key: "it_review", name: "IT" }, role: "handler" },
      { branch: "fork:to_fac", state: { key: "fac_review", name: "Facilities" }, role: "candidate" },
    ],
  });
  const single = ticket(1, { my_steps: [{ branch: "", state: { key: "lead_review", name: "Leader review" }, role: "candidate" }], my_role: "candidate" });
  setup("/tickets?view=todo", { "": { items: [single, parallel], next_cursor: null } });
  const row = await screen.findByTestId("ticket-row-LV-20260101-0003");
  const steps = within(row).getByTestId("my-steps");
  expect(within(steps).getByText("IT")).toBeInTheDocument();
  expect(within(steps).getByText("Facilities")).toHaveAttribute("title", "Your step (To claim)");
  expect(within(row).queryByText("Fork")).not.toBeInTheDocument();
  // The ticket is listed once.
  expect(screen.getAllByText("Leave 3")).toHaveLength(1);
  // A ticket on a single path keeps its state and its role next to the title.
  const plain = screen.getByTestId("ticket-row-LV-20260101-0001");
  expect(within(plain).getByText("Leader review")).toBeInTheDocument();
  expect(within(plain).getByText("To claim")).toBeInTheDocument();
  expect(within(plain).queryByTestId("my-steps")).not.toBeInTheDocument();
});
