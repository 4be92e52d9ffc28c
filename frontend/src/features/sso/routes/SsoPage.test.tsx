// Adding a provider sends its claim maps as objects and its secret once; the list shows whether
// discovery worked and never a secret; the password policy is saved from the same page.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import { SsoPage } from "./SsoPage";

afterEach(() => vi.unstubAllGlobals());

const PROVIDER = {
  id: 4, key: "corp", label: "Corp ID", issuer: "https://id.example.com", client_id: "loonflow", has_client_secret: true,
  scopes: "openid email profile", match_claim: "email", create_users: false, department_claim: "", department_map: {},
  role_claim: "groups", role_map: { approvers: "approver" }, is_enabled: true, discovery_status: "failed",
  discovery_error: "https://id.example.com/.well-known/openid-configuration answered 404", discovered_at: null,
  end_session_supported: false, redirect_path: "/api/v1/sso/callback", created_at: "2026-12-01T10:00:00Z",
  updated_at: "2026-12-01T10:00:00Z",
};

function serve() {
  const providers: (typeof PROVIDER)[] = [];
  return stubApi(({ method, path, body }) => {
    if (method === "GET" && path === "/api/v1/sso/providers") return { body: providers };
    if (method === "POST" && path === "/api/v1/sso/providers") {
      providers.push({ ...PROVIDER, ...(body as object) });
      return { status: 201, body: providers[0] };
    }
    if (method === "GET" && path === "/api/v1/sso/settings") return { body: { passwords_enabled: true, break_glass_usernames: [], updated_at: null } };
    if (method === "PUT" && path === "/api/v1/sso/settings") return { body: { ...(body as object), updated_at: null } };
    return undefined;
  });
}

test("adding a provider sends its maps and secret; the list shows its discovery, not the secret", async () => {
  const calls = serve();
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<SsoPage />);
  await user.click(await screen.findByTestId("sso-provider-create"));
  // Pasted, not typed key by key: the form is long and the machine may be busy.
  const fill = async (testId: string, value: string) => {
    await user.clear(await screen.findByTestId(testId));
    await user.click(screen.getByTestId(testId));
    await user.paste(value);
  };
  await fill("sso-provider-key", "corp");
  await fill("sso-provider-label", "Corp ID");
  await fill("sso-provider-issuer", "https://id.example.com");
  await fill("sso-provider-client-id", "loonflow");
  await fill("sso-provider-secret", "s3cret-value");
  await fill("sso-provider-role-map", "approvers = approver");
  await user.click(screen.getByTestId("sso-provider-save"));
  await waitFor(() => expect(calls.some((call) => call.method === "POST")).toBe(true), { timeout: 5_000 });
  const sent = calls.find((call) => call.method === "POST")?.body;
  expect(sent).toMatchObject({ key: "corp", client_secret: "s3cret-value", role_map: { approvers: "approver" }, department_map: {} });
  expect(await screen.findByTestId("sso-discovery-corp")).toHaveTextContent("Discovery failed");
  expect(screen.queryByText("s3cret-value")).not.toBeInTheDocument();
}, 60_000);

test("the password policy is saved from the page", async () => {
  const calls = serve();
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<SsoPage />);
  await user.click(await screen.findByTestId("sso-passwords-enabled"));
  await user.click(screen.getByTestId("sso-policy-save"));
  await waitFor(() => expect(calls.some((call) => call.method === "PUT")).toBe(true));
  expect(calls.find((call) => call.method === "PUT")?.body).toEqual({ passwords_enabled: false, break_glass_usernames: [] });
});
