// Single sign-on in a real browser: the platform admin lets tenant `it` reach a real OpenID provider
// (tests/oidc_provider/server.py, its own process on loopback); the tenant admin adds it; a person
// clicks "Sign in with Corp ID" on the login page, picks themselves on the provider's form, and lands
// in the console with the department and role the claims map to. Signing out goes through the
// provider's logout back to the login page.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { PASSWORD, api, hostUrl, screenshot, setupBrowser } from "./browser";

const ui = setupBrowser();
const ROOT = resolve(import.meta.dirname, "../..");
const PEOPLE = {
  pat: { sub: "sub-pat", email: "pat.sso@example.com", email_verified: true, name: "Pat Sso", preferred_username: "pat-sso", groups: ["approvers"], department: "Finance" },
};
let provider: ChildProcess | undefined;
let issuer = "";

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function call(page: Page, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const { status, body: answer } = await api(page, method, path, body);
  expect(status, `${method} ${path}: ${JSON.stringify(answer)}`).toBeLessThan(300);
  return answer as Record<string, unknown>;
}

async function signInWithPassword(page: Page, tenant: string | null, username: string) {
  await page.goto(`${hostUrl(tenant)}/login`);
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

beforeAll(async () => {
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}`;
  const config = join(mkdtempSync(join(tmpdir(), "oidc-")), "provider.json");
  const clients = { "loonflow-e2e": { secret: "e2e-client-secret", redirect_uris: [`${hostUrl("it")}/api/v1/sso/callback`] } };
  writeFileSync(config, JSON.stringify({ clients, people: PEOPLE }));
  const python = process.env.E2E_PYTHON ?? resolve(ROOT, ".venv/bin/python");
  provider = spawn(python, [resolve(ROOT, "tests/oidc_provider/server.py"), "--port", String(port), "--config", config], { stdio: "ignore" });
  const deadline = Date.now() + 30_000;
  while (!(await fetch(`${issuer}/jwks`).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline) throw new Error("the OpenID provider did not start");
    await new Promise((done) => setTimeout(done, 200));
  }
});

afterAll(() => {
  provider?.kill("SIGTERM");
});

test("a person signs in with the provider, lands with mapped roles, and signs out through it", async () => {
  // The platform admin opens loopback for tenant it (where the test provider lives).
  const { page: platform } = await ui.blank();
  await signInWithPassword(platform, null, "platform");
  const tenants = (await api(platform, "GET", "/api/v1/platform/tenants")).body as { id: number; key: string; outbound_private_ranges: string[] }[];
  const it = tenants.find((tenant) => tenant.key === "it");
  // What it had before is put back afterwards: other files' stand-in servers live on loopback too.
  const before = it?.outbound_private_ranges ?? [];
  await call(platform, "PATCH", `/api/v1/platform/tenants/${String(it?.id)}`, { outbound_private_ranges: [...new Set([...before, "127.0.0.1/32"])] });

  // The tenant admin adds the provider and a department and role for its claims.
  const { page: admin } = await ui.blank();
  await signInWithPassword(admin, "it", "admin");
  await call(admin, "POST", "/api/v1/departments", { code: "sso-fin", name: "SSO Finance" });
  await call(admin, "POST", "/api/v1/roles", { code: "sso-approver", name: "SSO approver" });
  const created = await call(admin, "POST", "/api/v1/sso/providers", {
    key: "corp", label: "Corp ID", issuer, client_id: "loonflow-e2e", client_secret: "e2e-client-secret", create_users: true,
    department_claim: "department", department_map: { Finance: "sso-fin" }, role_map: { approvers: "sso-approver" },
  });
  const discovered = await call(admin, "POST", `/api/v1/sso/providers/${String(created.id)}/discover`);
  expect(discovered.discovery_status).toBe("ok");
  await admin.goto(`${hostUrl("it")}/integrations/sso`);
  await expect.poll(() => admin.getByTestId("sso-discovery-corp").textContent()).toBe("Discovered");
  await screenshot(admin, "docs-sso-admin");

  try {
    // A person clicks the provider's button, picks themselves at the provider, lands in the console.
    const { page, errors } = await ui.blank();
    await page.goto(`${hostUrl("it")}/login?next=${encodeURIComponent("/profile")}`);
    await page.getByTestId("sso-corp").waitFor();
    await screenshot(page, "docs-sso-login");
    await page.getByTestId("sso-corp").click();
    await page.waitForURL((url) => url.origin === issuer);
    await page.getByRole("button", { name: "Sign in as pat" }).click();
    await page.waitForURL(`${hostUrl("it")}/profile`);
    const me = (await api(page, "GET", "/api/v1/me")).body as { user: { username: string }; departments: { code: string }[]; roles: { code: string }[] };
    expect(me.user.username).toBe("pat-sso");
    expect(me.departments.map((d) => d.code)).toEqual(["sso-fin"]);
    expect(me.roles.map((r) => r.code)).toEqual(["sso-approver"]);

    // Sign out: through the provider's end_session, back to our login page.
    await page.getByTestId("user-menu").hover();
    await page.getByText("Sign out").click();
    await page.waitForURL(`${hostUrl("it")}/login`);
    expect((await api(page, "GET", "/api/v1/me")).status).toBe(401);
    const logouts = (await fetch(`${issuer}/_test/logouts`).then((r) => r.json())) as { post_logout_redirect_uri: string }[];
    expect(logouts.at(-1)?.post_logout_redirect_uri).toBe(`${hostUrl("it")}/login`);
    expect(errors).toEqual([]);
  } finally {
    await call(admin, "DELETE", `/api/v1/sso/providers/${String(created.id)}`);
    await call(platform, "PATCH", `/api/v1/platform/tenants/${String(it?.id)}`, { outbound_private_ranges: before });
  }
}, 180_000);
