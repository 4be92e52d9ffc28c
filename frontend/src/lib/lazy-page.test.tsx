import { QueryClient } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { RouterProvider, createMemoryRouter } from "react-router";
import { vi } from "vitest";
import { lazyRoute, preloadRoute } from "./lazy-page";

const page = (text: string) => ({ Page: () => <p>{text}</p> });

test("a lazy page loads when its route is first shown, the rest stay unloaded", async () => {
  const loadTodo = vi.fn(async () => page("to do"));
  const loadDesigner = vi.fn(async () => page("designer"));
  const routes = [lazyRoute("/tickets", loadTodo, "Page"), lazyRoute("/design", loadDesigner, "Page")];
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ["/tickets"] })} />);
  expect(await screen.findByText("to do")).toBeInTheDocument();
  expect(loadTodo).toHaveBeenCalledTimes(1);
  expect(loadDesigner).not.toHaveBeenCalled();
});

test("preloadRoute fetches the opened page's chunk at start-up, and it then renders without a fallback", async () => {
  const loadDetail = vi.fn(async () => page("ticket 7"));
  const loadList = vi.fn(async () => page("list"));
  const routes = [lazyRoute("/tickets", loadList, "Page"), lazyRoute("/tickets/:id", loadDetail, "Page")];
  preloadRoute(routes, { pathname: "/tickets/7" });
  expect(loadDetail).toHaveBeenCalledTimes(1);
  expect(loadList).not.toHaveBeenCalled();
  await loadDetail.mock.results[0]!.value;
  await Promise.resolve();
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ["/tickets/7"] })} />);
  // Rendered in the first pass: no Suspense fallback (aria-busy) in between.
  expect(screen.getByText("ticket 7")).toBeInTheDocument();
  expect(document.querySelector("[aria-busy]")).toBeNull();
  expect(loadDetail).toHaveBeenCalledTimes(1);
});

test("preloadRoute starts the opened route's first queries (with its params and search) when given the query client", () => {
  const client = new QueryClient();
  const listPrefetch = vi.fn();
  const detailPrefetch = vi.fn();
  const routes = [
    lazyRoute("/tickets", async () => page("list"), "Page", listPrefetch),
    lazyRoute("/tickets/:id", async () => page("ticket"), "Page", detailPrefetch),
  ];
  preloadRoute(routes, { pathname: "/tickets/7", search: "?tab=log" }, client);
  expect(detailPrefetch).toHaveBeenCalledWith(client, { params: { id: "7" }, search: "?tab=log" });
  expect(listPrefetch).not.toHaveBeenCalled();
  // Without the client (the router made outside the app), only the chunk is fetched.
  preloadRoute(routes, { pathname: "/tickets" });
  expect(listPrefetch).not.toHaveBeenCalled();
});
