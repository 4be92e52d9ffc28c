const { serve, json, requests } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import type { InboxItem } from "../types";
import { InboxPage } from "./InboxPage";

const item = (id: number, kind: InboxItem["kind"], read = false): InboxItem => ({
  id,
  kind,
  ticket: { id: 100 + id, serial: `LV-${id}`, title: `Leave ${id}` },
  actor: "Alice",
  state_name: "Leader review",
  excerpt: kind === "mention" ? "what do you think?" : "",
  due_at: null,
  read,
  created_at: "2026-12-06T08:00:00Z",
});

test("lists my notifications; marking one and all read asks the API", async () => {
  const items = [item(2, "mention"), { ...item(1, "turn", true), excerpt: "Please approve" }];
  serve(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/inbox/2/read") return json({ ...items[0], read: true });
    if (path === "/api/v1/inbox/read-all") return json({ marked: 1 });
    return json({ items, next_cursor: null });
  });
  const user = userEvent.setup();
  renderWithProviders(<InboxPage />, { path: "/inbox", route: "/inbox" });
  const mention = await screen.findByTestId("inbox-item-2");
  expect(mention).toHaveAttribute("data-read", "no");
  expect(within(mention).getByText("Mention")).toBeInTheDocument();
  expect(within(mention).getByText("Alice mentioned you: what do you think?")).toBeInTheDocument();
  expect(within(mention).getByRole("link", { name: "LV-2 · Leave 2" })).toHaveAttribute("href", "/tickets/102");
  expect(screen.getByTestId("inbox-item-1")).toHaveAttribute("data-read", "yes");
  expect(within(screen.getByTestId("inbox-item-1")).getByText("“Please approve”")).toBeInTheDocument();
  expect(within(screen.getByTestId("inbox-item-1")).queryByRole("button")).toBeNull();

  await user.click(screen.getByTestId("inbox-read-2"));
  await waitFor(() => expect(requests.some((r) => r.method === "POST" && new URL(r.url).pathname === "/api/v1/inbox/2/read")).toBe(true));
  await user.click(screen.getByTestId("inbox-read-all"));
  await waitFor(() => expect(requests.some((r) => new URL(r.url).pathname === "/api/v1/inbox/read-all")).toBe(true));
}, 20_000);

test("an SLA warning says when the SLA runs out; a breach says it ran out", async () => {
  const warning = { ...item(3, "sla"), actor: null, due_at: "2026-12-06T10:00:00Z" };
  serve(() => json({ items: [warning, { ...item(4, "sla"), actor: null }], next_cursor: null }));
  renderWithProviders(<InboxPage />, { path: "/inbox", route: "/inbox" });
  const row = await screen.findByTestId("inbox-item-3");
  expect(within(row).getByText("SLA warning")).toBeInTheDocument();
  expect(within(row).getByText(/^SLA due in 2 hours \(.+\): it waits in Leader review\.$/)).toBeInTheDocument();
  const breach = screen.getByTestId("inbox-item-4");
  expect(within(breach).getByText("It has waited in Leader review longer than its SLA allows.")).toBeInTheDocument();
}, 20_000);

test("the unread filter asks for unread notifications only", async () => {
  serve(() => json({ items: [], next_cursor: null }));
  const user = userEvent.setup();
  renderWithProviders(<InboxPage />, { path: "/inbox", route: "/inbox" });
  expect(await screen.findByText("Nothing here yet.")).toBeInTheDocument();
  await user.click(screen.getByText("Unread"));
  await waitFor(() =>
    expect(requests.some((r) => new URL(r.url).searchParams.get("unread") === "true")).toBe(true),
  );
}, 20_000);

test("a next page follows the cursor", async () => {
  serve((request) => {
    const cursor = new URL(request.url).searchParams.get("cursor");
    return json(cursor === "c2" ? { items: [item(1, "sla")], next_cursor: null } : { items: [item(2, "turn")], next_cursor: "c2" });
  });
  const user = userEvent.setup();
  renderWithProviders(<InboxPage />, { path: "/inbox", route: "/inbox" });
  await screen.findByTestId("inbox-item-2");
  await user.click(screen.getByTitle("2"));
  expect(await screen.findByTestId("inbox-item-1")).toBeInTheDocument();
  expect(within(screen.getByTestId("inbox-item-1")).getByText("It has waited in Leader review longer than its SLA allows.")).toBeInTheDocument();
}, 20_000);
