const { serve, json, requests } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderRoutes } from "@/test/render";
import { InboxBell } from "./InboxBell";

test("the bell shows my unread count and leads to the inbox", async () => {
  serve(() => json({ unread: 3 }));
  const user = userEvent.setup();
  const { router } = renderRoutes([
    { path: "/", element: <InboxBell /> },
    { path: "/inbox", element: <div data-testid="inbox-page" /> },
  ]);
  const bell = await screen.findByTestId("inbox-bell");
  await waitFor(() => expect(bell).toHaveAttribute("data-unread", "3"));
  expect(bell).toHaveAccessibleName("Inbox: 3 unread notifications");
  expect(new URL(requests[0].url).pathname).toBe("/api/v1/inbox/unread-count");
  await user.click(bell);
  expect(router.state.location.pathname).toBe("/inbox");
}, 20_000);

test("no unread notifications: no number on the bell", async () => {
  serve(() => json({ unread: 0 }));
  renderRoutes([{ path: "/", element: <InboxBell /> }]);
  const bell = await screen.findByTestId("inbox-bell");
  await waitFor(() => expect(requests.length).toBeGreaterThan(0));
  expect(bell).toHaveAttribute("data-unread", "0");
  expect(bell.querySelector(".ant-badge-count")).toBeNull();
}, 20_000);
