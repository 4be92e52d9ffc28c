// Everyone's personal tokens for a tenant admin: filtered by username and "live only" (in the URL),
// their state shown, and a live one revoked after a confirmation.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import { PersonalTokenList } from "./PersonalTokenList";

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => vi.unstubAllGlobals());

const DAY = 86_400_000;
const at = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();
type Row = { id: number; username: string; name: string; prefix: string; scopes: string[]; created_at: string; expires_at: string; last_used_at: string | null; revoked_at: string | null };
const row = (id: number, username: string, overrides: Partial<Row> = {}): Row => ({
  id, username, name: `agent ${id}`, prefix: `prefix${id}`, scopes: ["workflows"], created_at: at(-1), expires_at: at(30),
  last_used_at: null, revoked_at: null, ...overrides,
});

/** The server's side: filters as it applies them, and revoking. */
function serve(rows: Row[]) {
  return stubApi(({ method, path, query }) => {
    if (method === "GET" && path === "/api/v1/personal-tokens") {
      const username = query.get("username");
      const live = query.get("live") === "true";
      return { body: rows.filter((item) => (!username || item.username === username) && (!live || (!item.revoked_at && item.expires_at > new Date().toISOString()))) };
    }
    const revoked = /^\/api\/v1\/personal-tokens\/(\d+)$/.exec(path);
    if (method === "DELETE" && revoked) {
      const item = rows.find((candidate) => candidate.id === Number(revoked[1]));
      if (item) item.revoked_at = new Date().toISOString();
      return { body: item };
    }
    return undefined;
  });
}

test("lists everyone's tokens, filtered by username and live only", async () => {
  const user = userEvent.setup({ delay: null });
  const calls = serve([
    row(1, "alice", { name: "alice's agent", scopes: ["directory:read", "workflows"], last_used_at: at(-0.1) }),
    row(2, "bob", { name: "bob's old script", expires_at: at(-1) }),
    row(3, "alice", { name: "alice's lost one", revoked_at: at(-2) }),
  ]);
  const { router } = renderWithProviders(<PersonalTokenList />);
  const table = await screen.findByTestId("personal-token-admin-table");
  expect(await within(table).findByText("alice's agent")).toBeInTheDocument();
  expect(within(table).getByText("bob")).toBeInTheDocument();
  expect(within(table).getByText("directory:read")).toBeInTheDocument();
  expect(within(table).getByText("Expired")).toBeInTheDocument();
  expect(within(table).getByText("Revoked")).toBeInTheDocument();
  // Only the live one can be revoked.
  expect(screen.getByTestId("personal-token-admin-revoke-prefix1")).toBeInTheDocument();
  expect(screen.queryByTestId("personal-token-admin-revoke-prefix2")).not.toBeInTheDocument();
  expect(screen.queryByTestId("personal-token-admin-revoke-prefix3")).not.toBeInTheDocument();

  await user.type(screen.getByTestId("personal-token-filter-username"), "alice{Enter}");
  await waitFor(() => expect(within(table).queryByText("bob")).not.toBeInTheDocument());
  expect(within(table).getByText("alice's lost one")).toBeInTheDocument();
  expect(calls.at(-1)?.query.get("username")).toBe("alice");

  await user.click(screen.getByText("Live only"));
  await waitFor(() => expect(within(table).queryByText("alice's lost one")).not.toBeInTheDocument());
  expect(within(table).getByText("alice's agent")).toBeInTheDocument();
  expect(calls.at(-1)?.query.get("live")).toBe("true");
  expect(router.state.location.search).toBe("?username=alice&live=1");

  await user.clear(screen.getByTestId("personal-token-filter-username"));
  await user.type(screen.getByTestId("personal-token-filter-username"), "nobody{Enter}");
  expect(await screen.findByText("No personal token matches.")).toBeInTheDocument();
});

test("an admin revokes someone's live token after a confirmation", async () => {
  const user = userEvent.setup({ delay: null });
  const calls = serve([row(1, "alice", { name: "laptop" })]);
  renderWithProviders(<PersonalTokenList />);
  await user.click(await screen.findByTestId("personal-token-admin-revoke-prefix1"));
  expect(await screen.findByText('Revoke alice\'s token "laptop"?')).toBeInTheDocument();
  await user.click(screen.getByTestId("personal-token-admin-revoke-confirm"));
  await waitFor(() => expect(calls.some((call) => call.method === "DELETE" && call.path === "/api/v1/personal-tokens/1")).toBe(true));
  expect(await screen.findByText("Token revoked.")).toBeInTheDocument();
  const table = screen.getByTestId("personal-token-admin-table");
  expect(await within(table).findByText("Revoked")).toBeInTheDocument();
  expect(screen.queryByTestId("personal-token-admin-revoke-prefix1")).not.toBeInTheDocument();
});

test("a filter given in the URL applies at once", async () => {
  const calls = serve([row(1, "alice"), row(2, "bob")]);
  renderWithProviders(<PersonalTokenList />, { route: "/?username=bob" });
  const table = await screen.findByTestId("personal-token-admin-table");
  expect(await within(table).findByText("bob")).toBeInTheDocument();
  expect(within(table).queryByText("alice")).not.toBeInTheDocument();
  expect(screen.getByTestId("personal-token-filter-username")).toHaveValue("bob");
  expect(calls.filter((call) => call.path === "/api/v1/personal-tokens").map((call) => call.query.get("username"))).toEqual(["bob"]);
});
