// Directory feeds: an admin creates a SCIM token (shown once) and an identity provider's call with it
// creates a person; an LDAP source is configured in the form and "sync now" answers at once with a
// queued run.
import { expect, test } from "vitest";
import { api, poll, screenshot, setupBrowser } from "./browser";

const ui = setupBrowser();

const suffix = Date.now().toString(36).slice(-5);

test("a SCIM token is shown once and creates people over SCIM", async () => {
  const { page, errors } = await ui.open({ tenant: "it", username: "admin", path: "/directory/feeds" });
  await page.getByTestId("scim-tokens").waitFor();
  await page.getByLabel("Token name").fill(`okta-${suffix}`);
  await page.getByTestId("scim-token-create").click();
  const value = page.getByTestId("scim-token-value");
  await value.waitFor();
  const token = await value.inputValue();
  expect(token).toMatch(/^lft_/);
  const created = await page.evaluate(
    async ({ bearer, username }) => {
      const answer = await fetch("/scim/v2/Users", {
        method: "POST",
        credentials: "omit",
        headers: { Authorization: `Bearer ${bearer}`, "Content-Type": "application/scim+json" },
        body: JSON.stringify({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: username, displayName: "SCIM Person" }),
      });
      return { status: answer.status, type: answer.headers.get("Content-Type") };
    },
    { bearer: token, username: `scim-${suffix}` },
  );
  expect(created).toEqual({ status: 201, type: "application/scim+json" });
  await page.getByTestId("scim-token-close").click();
  await poll(() => page.getByTestId("scim-tokens").getByText(`okta-${suffix}`).count()).toBe(1);
  const users = (await api(page, "GET", `/api/v1/users?q=scim-${suffix}`)).body as { items: { username: string }[] };
  expect(users.items.map((user) => user.username)).toEqual([`scim-${suffix}`]);
  expect(errors).toEqual([]);
}, 120_000);

test("an LDAP source is configured in the form and synced on demand", async () => {
  const { page, errors } = await ui.open({ tenant: "it", username: "admin", path: "/directory/feeds" });
  await page.getByTestId("ldap-create").click();
  await page.getByTestId("ldap-name").fill(`corp-${suffix}`);
  await page.getByTestId("ldap-server").fill("ldaps://127.0.0.1:1");
  await page.getByTestId("ldap-bind-dn").fill("cn=reader,dc=example,dc=com");
  await page.getByTestId("ldap-bind-password").fill("bind-secret");
  await page.getByTestId("ldap-base-dn").fill("ou=People,dc=example,dc=com");
  await page.getByTestId("ldap-add-role").click();
  await page.getByLabel("Group DN or cn").last().fill("approvers");
  await page.getByLabel("Role code").last().fill("approvers");
  await page.getByTestId("ldap-save").click();
  const row = page.getByTestId("ldap-sources").locator("tr", { hasText: `corp-${suffix}` });
  await row.waitFor();
  const sources = (await api(page, "GET", "/api/v1/directory-feeds/ldap")).body as { id: number; name: string; has_bind_password: boolean; role_map: object }[];
  const source = sources.find((item) => item.name === `corp-${suffix}`);
  expect(source?.has_bind_password).toBe(true);
  expect(source?.role_map).toEqual({ approvers: "approvers" });
  expect(JSON.stringify(sources)).not.toContain("bind-secret");
  await page.getByTestId(`ldap-sync-${source?.id}`).click();
  await row.getByText(/Queued|Running|Failed|Succeeded/).first().waitFor();
  await screenshot(page, "directory-feeds");
  expect(errors).toEqual([]);
}, 120_000);
