import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import i18n from "@/lib/i18n";
import { renderWithProviders } from "@/test/render";
import { type Call, stubApi } from "@/test/stub-api";
import { ProfilePage } from "./ProfilePage";

vi.setConfig({ testTimeout: 30_000 });

const me = (language = "", admin = false) => ({
  user: { id: 1, username: "alice", display_name: "Alice", email: "alice@corp.example", phone: "", is_active: true, is_tenant_admin: admin, language, department_ids: [], role_ids: [], date_joined: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" },
  app: null, tenant: "it", is_tenant_admin: admin, departments: [], roles: [],
});
const RULES = { min_length: 8, max_length: 128, rules: [{ code: "min_length", value: 8, text: "Your password must contain at least 8 characters." }, { code: "mystery", value: null, text: "Custom server rule." }] };

function setup(answer: (call: Call) => { status?: number; body?: unknown } | undefined = () => undefined): Call[] {
  return stubApi((call) => {
    const own = answer(call);
    if (own) return own;
    if (call.path === "/api/v1/me" && call.method === "GET") return { body: me() };
    if (call.path === "/api/v1/me" && call.method === "PATCH") return { body: me((call.body as { language?: string }).language ?? "") };
    if (call.path === "/api/v1/auth/password-rules") return { body: RULES };
    if (call.path === "/api/v1/me/tokens" && call.method === "GET") return { body: [] };
    return undefined;
  });
}

afterEach(() => {
  localStorage.clear();
  void i18n.changeLanguage("en");
});

test("states the password rules before anyone types", async () => {
  setup();
  renderWithProviders(<ProfilePage />);
  const rules = await screen.findByTestId("password-rules", {}, { timeout: 10_000 });
  expect(rules).toHaveTextContent("At least 8 characters.");
  expect(rules).toHaveTextContent("At most 128 characters.");
  expect(rules).toHaveTextContent("Custom server rule."); // an unknown rule in the server's words
  expect(screen.getByTestId("password-new")).toHaveValue("");
});

test("puts the server's problems under the password fields", async () => {
  const user = userEvent.setup();
  const calls = setup((call) =>
    call.path === "/api/v1/me/password"
      ? { status: 422, body: { error: { code: "wrong_password", message: "The current password is wrong.", details: [{ loc: ["body", "current_password"], field: "current_password", type: "wrong", message: "This is not your current password." }] } } }
      : undefined,
  );
  renderWithProviders(<ProfilePage />);
  await user.type(await screen.findByLabelText("Current password"), "nope-nope");
  await user.type(screen.getByLabelText("New password"), "a-long-new-secret");
  await user.type(screen.getByLabelText("New password again"), "a-long-new-secret");
  await user.click(screen.getByTestId("password-save"));
  expect(await screen.findByText("This is not your current password.")).toBeInTheDocument();
  expect(calls.find((call) => call.path === "/api/v1/me/password")?.body).toEqual({ current_password: "nope-nope", new_password: "a-long-new-secret" });
});

test("a too short new password is caught before it is sent", async () => {
  const user = userEvent.setup();
  const calls = setup();
  renderWithProviders(<ProfilePage />);
  await user.type(await screen.findByLabelText("Current password"), "whatever1");
  await user.type(screen.getByLabelText("New password"), "short");
  await user.type(screen.getByLabelText("New password again"), "short");
  await user.click(screen.getByTestId("password-save"));
  expect((await screen.findAllByText("At least 8 characters.")).length).toBeGreaterThan(1);
  expect(calls.some((call) => call.path === "/api/v1/me/password")).toBe(false);
});

test("saves name and e-mail with PATCH /me", async () => {
  const user = userEvent.setup();
  const calls = setup();
  renderWithProviders(<ProfilePage />);
  const name = await screen.findByLabelText("Display name");
  await waitFor(() => expect(name).toHaveValue("Alice"));
  await user.clear(name);
  await user.type(name, "Alice Wang");
  await user.click(screen.getByTestId("profile-save"));
  await waitFor(() => expect(calls.find((call) => call.method === "PATCH")?.body).toEqual({ display_name: "Alice Wang", email: "alice@corp.example" }));
});

test("choosing a language saves it and switches the SPA", async () => {
  const user = userEvent.setup();
  const calls = setup();
  renderWithProviders(<ProfilePage />);
  await user.click(await screen.findByLabelText("My language"));
  await user.click(await screen.findByTitle("简体中文"));
  await waitFor(() => expect(calls.find((call) => call.method === "PATCH")?.body).toEqual({ language: "zh-hans" }));
  await waitFor(() => expect(i18n.language).toBe("zh-CN"));
  expect(await screen.findByText("个人资料")).toBeInTheDocument();
});

test("hosts the notification preferences it is given and links to the delegations", async () => {
  setup();
  renderWithProviders(<ProfilePage notifications={<div data-testid="prefs">prefs</div>} />);
  expect(await screen.findByTestId("prefs")).toBeInTheDocument();
  expect(screen.getByTestId("profile-delegations-link")).toHaveAttribute("href", "/delegations");
});

test("hosts my personal tokens, with the admin-only scopes for a tenant admin", async () => {
  setup((call) => (call.path === "/api/v1/me" && call.method === "GET" ? { body: me("", true) } : undefined));
  renderWithProviders(<ProfilePage />);
  expect(await screen.findByTestId("profile-tokens")).toHaveTextContent("No personal tokens yet.");
  expect(screen.getByTestId("personal-token-scope-admin")).toBeInTheDocument();
});
