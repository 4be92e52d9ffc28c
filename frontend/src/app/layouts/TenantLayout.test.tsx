import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NotFound } from "@/components/NotFound";
import { renderRoutes } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import { TenantLayout } from "./TenantLayout";

vi.setConfig({ testTimeout: 30_000 });

const me = { user: { id: 1, username: "alice", display_name: "Alice" }, app: null, tenant: "it", is_tenant_admin: false, departments: [], roles: [] };

function render(counts: Record<string, unknown>, route = "/tickets?view=todo") {
  stubApi((call) => {
    if (call.path === "/api/v1/me") return { body: me };
    if (call.path === "/api/v1/tickets/counts") return { body: counts };
    if (call.path === "/api/v1/inbox/unread-count") return { body: { unread: 0 } };
    return undefined;
  });
  return renderRoutes(
    [
      {
        path: "/",
        element: <TenantLayout />,
        children: [
          { path: "/tickets", element: <div>tickets</div> },
          { path: "/profile", element: <div data-testid="profile-page">profile</div> },
          { path: "*", element: <NotFound /> },
        ],
      },
    ],
    route,
  );
}

test("a plain user sees no 'All tickets'; badges count what waits and what is still open", async () => {
  render({ todo: 3, created: 2, handled: 7, related: 9, can_list_all: false });
  expect(await screen.findByTestId("menu-todo-count")).toHaveTextContent("3");
  expect(screen.getByTestId("menu-created-count")).toHaveTextContent("2");
  expect(screen.queryByTestId("menu-handled-count")).not.toBeInTheDocument();
  expect(screen.queryByTestId("menu-related-count")).not.toBeInTheDocument();
  expect(screen.queryByTestId("menu-all")).not.toBeInTheDocument();
  expect(screen.getByTestId("menu-todo")).toBeInTheDocument();
});

test("those who may list all tickets see the entry; nothing waiting shows no badge", async () => {
  render({ todo: 0, created: 0, handled: 0, related: 0, can_list_all: true });
  expect(await screen.findByTestId("menu-all")).toBeInTheDocument();
  expect(screen.queryByTestId("menu-todo-count")).not.toBeInTheDocument();
});

test("the user menu leads to the profile", async () => {
  const user = userEvent.setup();
  const { router } = render({ todo: 0, created: 0, handled: 0, related: 0, can_list_all: false });
  await user.hover(await screen.findByTestId("user-menu"));
  await user.click(await screen.findByTestId("user-menu-profile"));
  await waitFor(() => expect(router.state.location.pathname).toBe("/profile"));
});

test("the 404 page leads back to the to-do list", async () => {
  const user = userEvent.setup();
  const { router } = render({ todo: 0, created: 0, handled: 0, related: 0, can_list_all: false }, "/no/such/page");
  expect(await screen.findByText("This page does not exist.")).toBeInTheDocument();
  await user.click(screen.getByTestId("not-found-back"));
  await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe("/tickets?view=todo"));
});

test("the platform console's 404 leads back to the tenants", async () => {
  const user = userEvent.setup();
  const { router } = renderRoutes([{ path: "*", element: <NotFound home="/tenants" label="Back to the tenants" /> }], "/nope");
  await user.click(await screen.findByRole("button", { name: "Back to the tenants" }));
  await waitFor(() => expect(router.state.location.pathname).toBe("/tenants"));
});
