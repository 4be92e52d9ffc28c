import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type Call, renderRoutes, sampleTicket as ticket, stubApi } from "../test-utils";
import type { TicketSummary } from "../types";

// The filter bar is its own chunk (lazy): load it once here, not inside the first test's wait.
beforeAll(() => import("../components/list/TicketFilters"));

// antd widgets under jsdom are slow on a busy machine: give each test room.
vi.setConfig({ testTimeout: 20_000 });

const workflows = [
  { id: 1, key: "leave", name: "Leave request", description: "", category: "HR", admin_ids: [], current_version: 1, draft_version: 2, draft_etag: null, can_manage: false, created_at: "", updated_at: "" },
  { id: 2, key: "release", name: "Release approval", description: "", category: "IT", admin_ids: [], current_version: 1, draft_version: 2, draft_etag: null, can_manage: false, created_at: "", updated_at: "" },
];

let calls: Call[];
let savedViews: { id: number; name: string; view: string; query: Record<string, unknown>; created_at: string; updated_at: string }[] = [];
const listCalls = () => calls.filter((call) => call.method === "GET" && call.url.pathname === "/api/v1/tickets");
const lastQuery = () => Object.fromEntries(listCalls().at(-1)!.url.searchParams);

function setup(url: string, pages: Record<string, { items: TicketSummary[]; next_cursor: string | null }> = {}) {
  calls = stubApi([
    ["GET", "/api/v1/tickets", ({ url }) => pages[url.searchParams.get("cursor") ?? ""] ?? { items: [ticket(1), ticket(2)], next_cursor: null }],
    ["GET", "/api/v1/workflows", workflows],
    ["GET", "/api/v1/ticket-views", () => savedViews],
    [
      "POST",
      "/api/v1/ticket-views",
      ({ body }) => {
        const saved = { id: 9, created_at: "", updated_at: "", ...(body as { name: string; view: string; query: Record<string, unknown> }) };
        savedViews = [...savedViews, saved];
        return new Response(JSON.stringify(saved), { status: 201, headers: { "Content-Type": "application/json" } });
      },
    ],
    ["DELETE", /^\/api\/v1\/ticket-views\/\d+$/, () => new Response(null, { status: 204 })],
    [
      "PATCH",
      /^\/api\/v1\/ticket-views\/\d+$/,
      ({ body }) => ({ ...savedViews[0], ...(body as { name: string }) }),
    ],
  ]);
  return { user: userEvent.setup(), ...renderRoutes(url) };
}

test("the page shows the view's tickets with its name as title", async () => {
  setup("/tickets?view=todo");
  // The first render in this file also mounts Ant Design's table and selects for the first time.
  expect(await screen.findByText("Leave 1", {}, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.getByRole("heading", { name: "To do" })).toBeInTheDocument();
  const row = screen.getByTestId("ticket-row-LV-20260101-0001");
  expect(within(row).getByText("Leader review")).toBeInTheDocument();
  expect(within(row).getByText("In progress")).toBeInTheDocument();
  expect(within(row).getByText("Alice Wang")).toBeInTheDocument();
  expect(lastQuery()).toEqual({ view: "todo", limit: "20" });
});

test("a deep link's filters go to the API and show in the filter bar (old serial and title links in the search box)", async () => {
  setup("/tickets?view=created&workflow=1&status=finished&title=leave&serial=LV");
  await screen.findByText("Leave 1");
  expect(lastQuery()).toEqual({ view: "created", workflow: "1", status: "finished", q: "LV leave", limit: "20" });
  expect(screen.getByRole("heading", { name: "Created by me" })).toBeInTheDocument();
  expect(within(screen.getByTestId("filter-status")).getByText("Finished")).toBeInTheDocument();
  expect(await within(screen.getByTestId("filter-workflow")).findByText("Leave request")).toBeInTheDocument();
  expect(screen.getByTestId("ticket-search")).toHaveValue("LV leave");
  expect(screen.queryByTestId("filter-title")).not.toBeInTheDocument();
  expect(screen.queryByTestId("filter-serial")).not.toBeInTheDocument();
});

test("changing a filter writes it to the URL and asks the API again", async () => {
  const { user, router } = setup("/tickets?view=all");
  await screen.findByText("Leave 1");
  await user.click(within(screen.getByTestId("filter-status")).getByRole("combobox"));
  await user.click(await screen.findByTitle("Returned"));
  await waitFor(() => expect(router.state.location.search).toBe("?view=all&status=returned"));
  await waitFor(() => expect(lastQuery()).toEqual({ view: "all", status: "returned", limit: "20" }));

  await user.type(screen.getByLabelText("Search serial, title, text"), "LV-20260101-0001{enter}");
  await waitFor(() => expect(router.state.location.search).toBe("?view=all&status=returned&q=LV-20260101-0001"));
  await waitFor(() => expect(lastQuery().q).toBe("LV-20260101-0001"));

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

test("the search box sends q, and a column header sorts the list", async () => {
  const { router } = setup("/tickets?view=related");
  // The new rows render as a deferred pass under a brief loading veil (pointer-events: none) that the
  // header clicks below may meet in jsdom's timing; the sort, not the veil, is under test here.
  const user = userEvent.setup({ pointerEventsCheck: 0 });
  await screen.findByText("Leave 1");
  await user.type(screen.getByLabelText("Search serial, title, text"), "婚礼 laptop{enter}");
  await waitFor(() => expect(lastQuery().q).toBe("婚礼 laptop"));
  expect(new URLSearchParams(router.state.location.search).get("q")).toBe("婚礼 laptop");

  await user.click(within(screen.getByTestId("tickets-table")).getByRole("columnheader", { name: /^Title/ }));
  await waitFor(() => expect(lastQuery().sort).toBe("title"));
  await user.click(within(screen.getByTestId("tickets-table")).getByRole("columnheader", { name: /^Title/ }));
  await waitFor(() => expect(lastQuery().sort).toBe("-title"));
  expect(new URLSearchParams(router.state.location.search).get("sort")).toBe("-title");
  // Sorting keeps the search, and starts from the first page.
  expect(lastQuery()).toEqual({ view: "related", q: "婚礼 laptop", sort: "-title", limit: "20" });
});

test("a row says whom the ticket waits for", async () => {
  const crowd = ticket(2, {
    waiting_for: [
      { id: 5, username: "carol", display_name: "Carol", kind: "candidate" },
      { id: 6, username: "dave", display_name: "", kind: "candidate" },
    ],
    waiting_count: 7,
  });
  setup("/tickets?view=all", { "": { items: [ticket(1), crowd, ticket(3, { waiting_for: [], waiting_count: 0 })], next_cursor: null } });
  const row = await screen.findByTestId("ticket-row-LV-20260101-0001");
  expect(within(row).getByTestId("waiting-for")).toHaveTextContent("Lee Lead");
  expect(within(screen.getByTestId("ticket-row-LV-20260101-0002")).getByTestId("waiting-for")).toHaveTextContent("Carol, dave +5 more");
  expect(within(screen.getByTestId("ticket-row-LV-20260101-0003")).queryByTestId("waiting-for")).not.toBeInTheDocument();
});

test("the export menu's CSV and XLSX links carry the list's filters and sort, not its page", async () => {
  const { user } = setup("/tickets?view=created&status=finished&q=vpn&sort=-updated_at&cursor=c2&limit=50");
  await screen.findByText("Leave 1");
  await user.click(screen.getByTestId("export"));
  for (const format of ["csv", "xlsx"]) {
    const href = (await screen.findByTestId(`export-${format}`)).getAttribute("href")!;
    const url = new URL(href, location.origin);
    expect(url.pathname).toBe("/api/v1/tickets/export");
    expect(Object.fromEntries(url.searchParams)).toEqual({ view: "created", status: "finished", q: "vpn", sort: "-updated_at", format });
  }
  expect(screen.getByText("Excel (.xlsx)")).toBeInTheDocument();
});

test("a picked saved view is renamed", async () => {
  savedViews = [{ id: 4, name: "Finished VPN", view: "all", query: { status: "finished" }, created_at: "", updated_at: "" }];
  const { user } = setup("/tickets?view=all");
  await screen.findByText("Leave 1");
  await user.click(within(screen.getByTestId("saved-views")).getByRole("combobox"));
  await user.click(await screen.findByTitle("Finished VPN"));
  await user.click(screen.getByTestId("rename-view"));
  const name = await screen.findByTestId("view-name");
  expect(name).toHaveValue("Finished VPN");
  await user.clear(name);
  await user.type(name, "Done VPN");
  await user.click(screen.getByTestId("save-view-ok"));
  await waitFor(() => expect(calls.some((call) => call.method === "PATCH")).toBe(true));
  const patch = calls.find((call) => call.method === "PATCH")!;
  expect(patch.url.pathname).toBe("/api/v1/ticket-views/4");
  expect(patch.body).toEqual({ name: "Done VPN" });
  expect(await screen.findByText("View renamed to “Done VPN”.")).toBeInTheDocument();
  savedViews = [];
});

test("a saved view is saved from the list on screen and shows its list again", async () => {
  savedViews = [{ id: 4, name: "Finished VPN", view: "all", query: { status: "finished", q: "vpn", sort: "title" }, created_at: "", updated_at: "" }];
  const { user, router } = setup("/tickets?view=created&q=wedding&sort=-title");
  await screen.findByText("Leave 1");
  await user.click(screen.getByTestId("save-view"));
  await user.type(await screen.findByTestId("view-name"), "Weddings");
  await user.click(screen.getByTestId("save-view-ok"));
  await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.url.pathname === "/api/v1/ticket-views")).toBe(true));
  const posted = calls.find((call) => call.method === "POST")!.body;
  expect(posted).toEqual({ name: "Weddings", view: "created", query: { q: "wedding", sort: "-title" } });

  await user.click(within(screen.getByTestId("saved-views")).getByRole("combobox"));
  await user.click(await screen.findByTitle("Finished VPN"));
  await waitFor(() => expect(router.state.location.search).toBe("?view=all&status=finished&q=vpn&sort=title"));
  await waitFor(() => expect(lastQuery()).toEqual({ view: "all", status: "finished", q: "vpn", sort: "title", limit: "20" }));
  savedViews = [];
});

test("the creator and waiting-for filters go to the API from the URL", async () => {
  calls = [];
  setup("/tickets?view=all&creator=3&handler=4");
  await screen.findByText("Leave 1");
  expect(lastQuery()).toEqual({ view: "all", creator: "3", handler: "4", limit: "20" });
  expect(screen.getByTestId("filter-reset")).toBeInTheDocument();
});
