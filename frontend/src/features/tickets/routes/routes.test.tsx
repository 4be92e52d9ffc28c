import { vi } from "vitest";
import { type PageHandle, preloadRoute } from "@/lib/lazy-page";
import { makeTestClient } from "@/test/render";
import { sampleTicket, stubApi } from "../test-utils";
import { routes } from ".";

afterEach(() => vi.unstubAllGlobals());

test("opening the list starts its query at start-up, under the key the page reads", async () => {
  const calls = stubApi([["GET", "/api/v1/tickets", { items: [sampleTicket(1)], next_cursor: null }]]);
  const client = makeTestClient();
  preloadRoute(routes, { pathname: "/tickets", search: "?view=created&limit=50&q=leave" }, client);
  await vi.waitFor(() => expect(client.getQueryState(["tickets", "list", { view: "created", limit: 50, q: "leave" }])?.status).toBe("success"));
  expect(calls.map((call) => call.url.search)).toEqual(["?view=created&limit=50&q=leave"]);
});

test("opening a ticket starts the ticket, its actions, history and graph at start-up; a bad id starts nothing", async () => {
  const calls = stubApi([["GET", /^\/api\/v1\/tickets\/7/, {}]]);
  const client = makeTestClient();
  const prefetch = (routes.find((route) => route.path === "/tickets/:ticketId")?.handle as PageHandle).prefetch!;
  prefetch(client, { params: { ticketId: "nope" }, search: "" });
  expect(calls).toEqual([]);
  prefetch(client, { params: { ticketId: "7" }, search: "" });
  await vi.waitFor(() => expect(calls).toHaveLength(4));
  expect(calls.map((call) => call.url.pathname).sort()).toEqual([
    "/api/v1/tickets/7",
    "/api/v1/tickets/7/actions",
    "/api/v1/tickets/7/flow-log",
    "/api/v1/tickets/7/steps",
  ]);
});
