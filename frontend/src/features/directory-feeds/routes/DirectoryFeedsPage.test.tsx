// The directory feeds page: "sync now" queues a run and shows it, a SCIM token is shown once, the
// LDAP form sends the group → role map and keeps a stored password unless a new one is typed.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConfigProvider } from "antd";
import { renderWithProviders } from "@/test/render";
import { type Call, stubApi } from "@/test/stub-api";
import { DirectoryFeedsPage } from "./DirectoryFeedsPage";

afterEach(() => vi.unstubAllGlobals());

const RUN = {
  id: 7, source_id: 1, status: "queued", trigger: "manual", requested_by: "boss", entries: 0, summary: {}, skipped: [], error: "",
  created_at: "2026-12-07T05:00:00Z", started_at: null, finished_at: null,
};
const DONE = {
  ...RUN, id: 6, status: "succeeded", trigger: "schedule", entries: 3,
  summary: { users: { created: 2, updated: 1, deactivated: 0, unchanged: 0 } },
  skipped: [{ dn: "uid=bad,ou=People,dc=example,dc=org", reason: "cn contains control characters." }],
};
const SOURCE = {
  id: 1, name: "corp", server_url: "ldaps://ldap.example.org", start_tls: false, bind_dn: "cn=reader,dc=example,dc=org",
  has_bind_password: true, user_base_dn: "ou=People,dc=example,dc=org", user_filter: "(objectClass=inetOrgPerson)", attributes: {},
  department_source: "ou", department_attribute: "", group_base_dn: "ou=Groups,dc=example,dc=org", group_filter: "(objectClass=groupOfNames)",
  group_member_attribute: "member", role_map: { approvers: "approvers" }, interval_minutes: 60, enabled: true, people: 3,
  last_run: DONE, created_at: "2026-12-01T00:00:00Z", updated_at: "2026-12-01T00:00:00Z",
};

function stub(extra: (call: Call) => { status?: number; body?: unknown } | undefined = () => undefined) {
  let synced = false;
  return stubApi((call) => {
    const answer = extra(call);
    if (answer) return answer;
    if (call.method === "GET" && call.path === "/api/v1/directory-feeds/ldap")
      return { body: [{ ...SOURCE, last_run: synced ? RUN : DONE }] };
    if (call.method === "POST" && call.path === "/api/v1/directory-feeds/ldap/1/sync") {
      synced = true;
      return { status: 202, body: RUN };
    }
    if (call.method === "GET" && call.path === "/api/v1/directory-feeds/ldap/1/runs") return { body: synced ? [RUN, DONE] : [DONE] };
    if (call.method === "GET" && call.path === "/api/v1/directory-feeds/scim/tokens") return { body: [] };
    return undefined;
  });
}

test("sync now queues a run and the source shows it queued", async () => {
  const calls = stub();
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<DirectoryFeedsPage />);
  expect(await screen.findByText("3 read: 2 created, 1 updated, 0 deactivated, 1 skipped")).toBeInTheDocument();
  await user.click(screen.getByTestId("ldap-sync-1"));
  await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path.endsWith("/ldap/1/sync"))).toBe(true));
  expect(await within(screen.getByTestId("ldap-sources")).findByText("Queued")).toBeInTheDocument();
  expect(screen.getByTestId("ldap-sync-1")).toBeDisabled();
}, 20_000);

test("a new SCIM token is shown once with the endpoint", async () => {
  const calls = stub((call) =>
    call.method === "POST" && call.path === "/api/v1/directory-feeds/scim/tokens"
      ? {
          status: 201,
          body: {
            id: 3, name: "Okta", prefix: "abcdefabcdef", created_by: "boss", created_at: "2026-12-07T05:00:00Z", last_used_at: null,
            revoked_at: null, token: "lft_abcdefabcdef_secret", endpoint: "http://it.localhost/scim/v2",
          },
        }
      : undefined,
  );
  const user = userEvent.setup({ delay: null });
  // No animations: the closed modal is unmounted at once, as after the animation in a browser.
  renderWithProviders(
    <ConfigProvider theme={{ token: { motion: false } }}>
      <DirectoryFeedsPage />
    </ConfigProvider>,
  );
  await user.type(await screen.findByLabelText("Token name"), "Okta");
  await user.click(screen.getByTestId("scim-token-create"));
  expect(await screen.findByTestId("scim-token-value")).toHaveValue("lft_abcdefabcdef_secret");
  expect(screen.getByTestId("scim-endpoint")).toHaveTextContent("http://it.localhost/scim/v2");
  expect(calls.find((call) => call.method === "POST" && call.path.endsWith("/scim/tokens"))?.body).toEqual({ name: "Okta" });
  await user.click(screen.getByTestId("scim-token-close"));
  await waitFor(() => expect(screen.queryByTestId("scim-token-value")).not.toBeInTheDocument());
}, 20_000);

test("editing a source sends the role map and keeps the stored password", async () => {
  const calls = stub((call) => (call.method === "PATCH" ? { body: SOURCE } : undefined));
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<DirectoryFeedsPage />);
  await user.click(await screen.findByRole("button", { name: "Edit" }));
  expect(await screen.findByText("A password is stored: leave this empty to keep it.")).toBeInTheDocument();
  await user.click(screen.getByTestId("ldap-add-role"));
  const groups = screen.getAllByLabelText("Group DN or cn");
  await user.type(groups[groups.length - 1], "cn=ops,ou=Groups,dc=example,dc=org");
  const roles = screen.getAllByLabelText("Role code");
  await user.type(roles[roles.length - 1], "it-ops");
  await user.click(screen.getByTestId("ldap-save"));
  await waitFor(() => expect(calls.some((call) => call.method === "PATCH")).toBe(true));
  const body = calls.find((call) => call.method === "PATCH")?.body as Record<string, unknown>;
  expect(body.role_map).toEqual({ approvers: "approvers", "cn=ops,ou=Groups,dc=example,dc=org": "it-ops" });
  expect(body).not.toHaveProperty("bind_password");
}, 30_000);
