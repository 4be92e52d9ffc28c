// Apps and secrets: "Create and issue a token" issues it, a scope's label toggles it, an app
// without scopes needs a confirmation, and a chat robot's URL never comes back unmasked.
import { expect, test } from "vitest";
import { api, poll, setupBrowser } from "./browser";

const ui = setupBrowser();

const suffix = Date.now().toString(36).slice(-5);

test("create and issue a token; scope labels toggle; no scopes asks first", async () => {
  const { page, errors } = await ui.open({ tenant: "it", username: "admin", path: "/integrations/apps" });
  await page.getByTestId("app-table").locator("tr[data-row-key]").first().waitFor();

  // Create and issue: the token is shown at once, and it works.
  await page.getByTestId("app-create").click();
  await page.getByTestId("app-name").fill(`e2e-issue-${suffix}`);
  await page.getByTestId("app-save").click();
  const secret = page.getByTestId("secret-value");
  await secret.waitFor();
  const token = await secret.inputValue();
  expect(token).toMatch(/^lft_/);
  const status = await page.evaluate(
    async (bearer) => (await fetch("/api/v1/me", { credentials: "omit", headers: { Authorization: `Bearer ${bearer}` } })).status,
    token,
  );
  expect(status).toBe(200);
  await page.getByTestId("secret-close").click();
  await poll(() => page.getByTestId("token-table").locator("tr[data-row-key]").count()).toBe(1);
  await page.locator(".ant-drawer-close").click();

  // A scope's label toggles it; with none left, saving asks first.
  await page.getByTestId("app-create").click();
  await page.getByTestId("app-name").fill(`e2e-bare-${suffix}`);
  const workflows = page.getByRole("checkbox", { name: /Read workflows, create and handle tickets/ });
  expect(await workflows.isChecked()).toBe(true);
  await page.getByText("Read workflows, create and handle tickets").click();
  await poll(() => workflows.isChecked()).toBe(false);
  await page.getByText("Read the directory").click();
  await poll(() => page.getByRole("checkbox", { name: /Read the directory/ }).isChecked()).toBe(true);
  await page.getByText("Read the directory").click();
  await poll(() => page.getByRole("checkbox", { name: /Read the directory/ }).isChecked()).toBe(false);
  await page.getByTestId("app-save").click();
  await page.getByTestId("app-no-scopes-confirm").click();
  await page.getByTestId("secret-value").waitFor();
  await page.getByTestId("secret-close").click();
  const apps = (await api(page, "GET", "/api/v1/apps")).body as { name: string; scopes: string[] }[];
  expect(apps.find((app) => app.name === `e2e-bare-${suffix}`)?.scopes).toEqual([]);
  expect(errors).toEqual([]);
}, 120_000);

test("a chat robot's URL is shown masked and kept", async () => {
  const { page } = await ui.open({ tenant: "it", username: "admin", path: "/integrations/notifications" });
  const url = `https://oapi.dingtalk.com/robot/send?access_token=e2e-${suffix}-token`;
  const created = await api(page, "POST", "/api/v1/notification-channels", { code: `ding${suffix}`, name: `Ding ${suffix}`, kind: "dingtalk", config: { url } });
  expect(created.status).toBe(201);
  await page.reload();
  await page.getByTestId("channel-table").locator("tr[data-row-key]").first().waitFor();
  expect(await page.content()).not.toContain(`e2e-${suffix}-token`);
  await page.getByTestId("channel-table").getByText(`Ding ${suffix}`).waitFor();
  await page.getByTestId(`channel-edit-ding${suffix}`).click();
  await poll(() => page.getByTestId("channel-url-masked").inputValue()).toBe("https://oapi.dingtalk.com/robot/send?access_token=•••");
  await page.getByTestId("channel-save").click();
  await page.getByTestId("channel-url-masked").waitFor({ state: "detached" });
  const list = await api(page, "GET", "/api/v1/notification-channels");
  expect(JSON.stringify(list.body)).not.toContain(`e2e-${suffix}-token`);
}, 120_000);
