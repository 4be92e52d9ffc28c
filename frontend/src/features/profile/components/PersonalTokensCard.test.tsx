// My personal tokens: a new one is shown once (then only its prefix), admin-only scopes are offered
// to tenant admins alone, the server's problems land on their fields, and a live token can be revoked.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConfigProvider } from "antd";
import { renderWithProviders } from "@/test/render";
import { type Call, stubApi } from "@/test/stub-api";
import { PersonalTokensCard } from "./PersonalTokensCard";

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => vi.unstubAllGlobals());

const DAY = 86_400_000;
const at = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();
type Row = { id: number; name: string; prefix: string; scopes: string[]; created_at: string; expires_at: string; last_used_at: string | null; revoked_at: string | null };
const token = (id: number, overrides: Partial<Row> = {}): Row => ({
  id, name: `agent ${id}`, prefix: `prefix${id}`, scopes: ["workflows"], created_at: at(-1), expires_at: at(89),
  last_used_at: null, revoked_at: null, ...overrides,
});

/** The API with `tokens` as my list: POST makes one (or answers `create` instead), DELETE revokes. */
function serve(tokens: Row[], create?: { status: number; body: unknown }): Call[] {
  return stubApi(({ method, path, body }) => {
    if (method === "GET" && path === "/api/v1/me/tokens") return { body: tokens };
    if (method === "POST" && path === "/api/v1/me/tokens") {
      if (create) return create;
      const made = token(tokens.length + 1, body as Partial<Row>);
      tokens.unshift(made);
      return { status: 201, body: { ...made, token: `lfp_${made.prefix}_the-secret-part` } };
    }
    const revoked = /^\/api\/v1\/me\/tokens\/(\d+)$/.exec(path);
    if (method === "DELETE" && revoked) {
      const row = tokens.find((item) => item.id === Number(revoked[1]));
      if (row) row.revoked_at = new Date().toISOString();
      return { body: row };
    }
    return undefined;
  });
}

test("a new token is shown once, then only its prefix", async () => {
  const user = userEvent.setup({ delay: null });
  const calls = serve([]);
  renderWithProviders(
    // No animations: the closed modal is unmounted at once, as after the animation in a browser.
    <ConfigProvider theme={{ token: { motion: false } }}>
      <PersonalTokensCard admin={false} />
    </ConfigProvider>,
  );
  expect(await screen.findByText("No personal tokens yet.")).toBeInTheDocument();
  await user.type(screen.getByTestId("personal-token-name"), "  MCP on my laptop ");
  await user.click(screen.getByText("Read the directory"));
  await user.click(screen.getByText("30 days"));
  expect(screen.getByTestId("personal-token-days")).toHaveValue("30");
  await user.click(screen.getByTestId("personal-token-create"));

  expect(await screen.findByTestId("secret-value")).toHaveValue("lfp_prefix1_the-secret-part");
  expect(calls.find((call) => call.method === "POST")?.body).toEqual({ name: "MCP on my laptop", scopes: ["workflows", "directory:read"], expires_in_days: 30 });
  await user.click(screen.getByTestId("secret-close"));
  await waitFor(() => expect(screen.queryByDisplayValue("lfp_prefix1_the-secret-part")).not.toBeInTheDocument());
  const table = screen.getByTestId("personal-token-table");
  expect(await within(table).findByText("MCP on my laptop")).toBeInTheDocument();
  expect(within(table).getByText("prefix1…")).toBeInTheDocument();
  expect(within(table).getByText("Active")).toBeInTheDocument();
  expect(document.body).not.toHaveTextContent("the-secret-part");
  // The form is ready for another one.
  expect(screen.getByTestId("personal-token-name")).toHaveValue("");
  expect(screen.getByTestId("personal-token-days")).toHaveValue("90");
});

test("only a tenant admin is offered the admin-only scopes", async () => {
  serve([]);
  const { unmount } = renderWithProviders(<PersonalTokensCard admin={false} />);
  expect(await screen.findByTestId("personal-token-scope-workflows")).toBeInTheDocument();
  expect(screen.getByTestId("personal-token-scope-directory:read")).toBeInTheDocument();
  expect(screen.queryByTestId("personal-token-scope-directory:write")).not.toBeInTheDocument();
  expect(screen.queryByTestId("personal-token-scope-admin")).not.toBeInTheDocument();
  unmount();

  renderWithProviders(<PersonalTokensCard admin />);
  expect(await screen.findByTestId("personal-token-scope-directory:write")).toBeInTheDocument();
  expect(screen.getByTestId("personal-token-scope-admin")).toBeInTheDocument();
});

test("the server's problem with the scopes shows under them", async () => {
  const user = userEvent.setup({ delay: null });
  serve([], {
    status: 422,
    body: { error: { code: "validation_failed", message: "Only tenant admins may give their tokens these scopes: admin.", details: [{ loc: ["body", "scopes"], field: "scopes", type: "invalid", message: "Not a scope you may use." }] } },
  });
  renderWithProviders(<PersonalTokensCard admin />);
  await user.type(await screen.findByTestId("personal-token-name"), "agent");
  await user.click(screen.getByText("Everything a tenant admin may do"));
  await user.click(screen.getByTestId("personal-token-create"));
  const problem = await screen.findByText("Not a scope you may use.");
  expect(problem.closest(".ant-form-item")).toContainElement(screen.getByTestId("personal-token-scope-admin"));
  // On its field, not repeated above the button.
  expect(screen.queryByText(/Only tenant admins may/)).not.toBeInTheDocument();
  expect(screen.queryByTestId("secret-value")).not.toBeInTheDocument();
});

test("too many live tokens is said above the button", async () => {
  const user = userEvent.setup({ delay: null });
  serve([], { status: 429, body: { error: { code: "quota_exceeded", message: "You may hold at most 20 live personal tokens; revoke one first.", details: { quota: "personal_tokens", limit: 20 } } } });
  renderWithProviders(<PersonalTokensCard admin={false} />);
  await user.type(await screen.findByTestId("personal-token-name"), "one too many");
  await user.click(screen.getByTestId("personal-token-create"));
  expect(await screen.findByText("You may hold at most 20 live personal tokens; revoke one first.")).toBeInTheDocument();
});

test("nothing is sent without a name or a scope", async () => {
  const user = userEvent.setup({ delay: null });
  const calls = serve([]);
  renderWithProviders(<PersonalTokensCard admin={false} />);
  await user.click(await screen.findByText("Tickets, to-do list and inbox")); // unticks the default scope
  await user.click(screen.getByTestId("personal-token-create"));
  expect(await screen.findByText("Give it a name, to tell it apart later.")).toBeInTheDocument();
  expect(screen.getByText("Pick at least one scope.")).toBeInTheDocument();
  expect(calls.some((call) => call.method === "POST")).toBe(false);
});

test("a live token is revoked after a confirmation; expired and revoked ones offer nothing", async () => {
  const user = userEvent.setup({ delay: null });
  const calls = serve([
    token(1, { name: "laptop", last_used_at: at(-0.5) }),
    token(2, { name: "old script", expires_at: at(-2) }),
    token(3, { name: "lost one", revoked_at: at(-3) }),
  ]);
  renderWithProviders(<PersonalTokensCard admin={false} />);
  const table = await screen.findByTestId("personal-token-table");
  expect(await within(table).findByText("laptop")).toBeInTheDocument();
  expect(within(table).getByText("Expired")).toBeInTheDocument();
  expect(within(table).getByText("Revoked")).toBeInTheDocument();
  expect(screen.queryByTestId("personal-token-revoke-prefix2")).not.toBeInTheDocument();
  expect(screen.queryByTestId("personal-token-revoke-prefix3")).not.toBeInTheDocument();

  await user.click(screen.getByTestId("personal-token-revoke-prefix1"));
  expect(await screen.findByText('Revoke the token "laptop"?')).toBeInTheDocument();
  await user.click(screen.getByTestId("personal-token-revoke-confirm"));
  await waitFor(() => expect(calls.some((call) => call.method === "DELETE" && call.path === "/api/v1/me/tokens/1")).toBe(true));
  expect(await screen.findByText("Token revoked.")).toBeInTheDocument();
  await waitFor(() => expect(within(table).getAllByText("Revoked")).toHaveLength(2));
  expect(screen.queryByTestId("personal-token-revoke-prefix1")).not.toBeInTheDocument();
});
