const { serve, json, requests } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { ActionLinkPage } from "./ActionLinkPage";

const preview = {
  person: { username: "lead", display_name: "Lee Lead" },
  ticket: { id: 7, serial: "LV-7", title: "Leave for alice" },
  state_name: "Leader review",
  transition: { key: "lead_approve", name: "Approve", attribute: "agree" },
  expires_at: "2026-12-09T08:00:00Z",
  requires_session: false,
};

const render = () => renderWithProviders(<ActionLinkPage />, { path: "/act/:token", route: "/act/tok.sig" });

test("the page says what the link does, then does it once with the comment", async () => {
  let used: unknown = null;
  serve(async (request) => {
    if (new URL(request.url).pathname === "/api/v1/action-links/use") {
      used = await request.json();
      return json({ ticket: preview.ticket, transition: preview.transition, state_name: "Approved", status: "finished" });
    }
    return json(preview);
  });
  const user = userEvent.setup();
  render();
  expect(await screen.findByText("LV-7 · Leave for alice")).toBeInTheDocument();
  expect(screen.getByText("Lee Lead")).toBeInTheDocument();
  await user.type(screen.getByLabelText("Comment (optional)"), "Enjoy");
  await user.click(screen.getByTestId("link-confirm-button"));
  expect(await screen.findByTestId("link-done")).toHaveTextContent("Approve: done for LV-7");
  expect(used).toEqual({ token: "tok.sig", comment: "Enjoy" });
  expect(requests.filter((r) => new URL(r.url).pathname === "/api/v1/action-links/use")).toHaveLength(1);
}, 20_000);

test.each([
  ["link_used", 409, "This link has been used already"],
  ["link_expired", 409, "This link has expired"],
  ["link_stale", 409, "The ticket has moved on"],
  ["link_not_yours", 403, "This link is for someone else"],
  ["link_sign_in_required", 401, "Sign in to use this link"],
  ["link_invalid", 404, "This link is not valid"],
])("a refused link (%s) gets a clear page and nothing to confirm", async (code, status, title) => {
  serve(() => json({ error: { code, message: "refused", details: null } }, status));
  render();
  const refused = await screen.findByTestId("link-refused");
  expect(refused).toHaveAttribute("data-code", code);
  expect(refused).toHaveTextContent(title);
  expect(screen.queryByTestId("link-confirm-button")).toBeNull();
}, 20_000);

test("a refusal on use (the ticket moved meanwhile) replaces the confirmation", async () => {
  serve((request) =>
    new URL(request.url).pathname === "/api/v1/action-links/use"
      ? json({ error: { code: "link_stale", message: "moved", details: null } }, 409)
      : json(preview),
  );
  const user = userEvent.setup();
  render();
  await user.click(await screen.findByTestId("link-confirm-button"));
  await waitFor(() => expect(screen.getByTestId("link-refused")).toHaveAttribute("data-code", "link_stale"));
}, 20_000);
