// "Create and issue a token" registers the app and issues its first token (shown once); an app
// without scopes is only saved after a confirmation; a scope's label toggles it; the second tab
// lists everyone's personal tokens.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import { AppsPage } from "./AppsPage";

afterEach(() => vi.unstubAllGlobals());

const created = {
  id: 7, name: "cmdb", description: "", scopes: [] as string[], is_active: true, require_signature: false,
  has_signing_secret: false, created_at: "2026-12-01T10:00:00Z",
};
const token = {
  id: 3, name: "", prefix: "abcd1234", created_at: "2026-12-01T10:00:00Z", expires_at: null, last_used_at: null,
  revoked_at: null, token: "lft_abcd1234_secretpart",
};

const personalToken = {
  id: 4, username: "alice", name: "MCP on alice's laptop", prefix: "feed5678beef", scopes: ["workflows"], created_at: "2026-12-01T10:00:00Z",
  expires_at: "2099-01-01T00:00:00Z", last_used_at: null, revoked_at: null,
};

function serve() {
  const apps: (typeof created)[] = [];
  return stubApi(({ method, path, body }) => {
    if (method === "GET" && path === "/api/v1/apps") return { body: apps };
    if (method === "POST" && path === "/api/v1/apps") {
      const app = { ...created, ...(body as object) };
      apps.push(app);
      return { status: 201, body: app };
    }
    if (method === "POST" && path === "/api/v1/apps/7/tokens") return { status: 201, body: token };
    if (method === "GET" && path === "/api/v1/apps/7/tokens") return { body: [token] };
    if (method === "GET" && path === "/api/v1/apps/7/grants") return { body: [] };
    if (method === "GET" && path === "/api/v1/personal-tokens") return { body: [personalToken] };
    return undefined;
  });
}

async function openCreate() {
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<AppsPage />);
  await user.click(await screen.findByTestId("app-create"));
  await user.type(await screen.findByTestId("app-name"), "cmdb");
  return user;
}

test("creating an app issues its first token and shows it once", async () => {
  const calls = serve();
  const user = await openCreate();
  await user.click(screen.getByTestId("app-save"));
  expect(await screen.findByDisplayValue(token.token, {}, { timeout: 5_000 })).toBeInTheDocument();
  const posts = calls.filter((call) => call.method === "POST");
  expect(posts.map((call) => call.path)).toEqual(["/api/v1/apps", "/api/v1/apps/7/tokens"]);
  expect(posts[0].body).toMatchObject({ name: "cmdb", scopes: ["workflows"], confirm_no_scopes: false });
}, 20_000);

test("clicking a scope's label toggles it; no scope at all asks first", async () => {
  const calls = serve();
  const user = await openCreate();
  const workflows = screen.getByTestId("app-scope-workflows");
  const box = within(workflows.closest("label") as HTMLElement).getByRole("checkbox");
  expect(box).toBeChecked();
  await user.click(screen.getByText("Read workflows, create and handle tickets"));
  expect(box).not.toBeChecked();
  await user.click(screen.getByText("Read the directory"));
  expect(screen.getByRole("checkbox", { name: /Read the directory/ })).toBeChecked();
  await user.click(screen.getByText("Read the directory"));

  await user.click(screen.getByTestId("app-save"));
  expect(await screen.findByTestId("app-no-scopes-confirm")).toBeInTheDocument();
  expect(calls.some((call) => call.method === "POST")).toBe(false);
  await user.click(screen.getByTestId("app-no-scopes-confirm"));
  await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path === "/api/v1/apps")).toBe(true));
  expect(calls.find((call) => call.method === "POST")?.body).toMatchObject({ scopes: [], confirm_no_scopes: true });
}, 20_000);

test("the personal tokens tab lists everyone's tokens, and is in the URL", async () => {
  const calls = serve();
  const user = userEvent.setup({ delay: null });
  const { router } = renderWithProviders(<AppsPage />);
  await user.click(await screen.findByTestId("apps-tab-personal-tokens"));
  expect(await screen.findByText("MCP on alice's laptop")).toBeInTheDocument();
  expect(router.state.location.search).toBe("?tab=personal-tokens");
  // "New app" belongs to the apps tab.
  expect(screen.queryByTestId("app-create")).not.toBeInTheDocument();
  expect(calls.some((call) => call.path === "/api/v1/personal-tokens")).toBe(true);
  await user.click(screen.getByTestId("apps-tab-apps"));
  expect(await screen.findByTestId("app-create")).toBeInTheDocument();
  expect(router.state.location.search).toBe("");
}, 20_000);
