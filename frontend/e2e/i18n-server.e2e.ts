// Server messages follow the SPA's language: every API call sends Accept-Language (src/lib/accept-language.ts),
// so an error the SPA has no text of its own for shows the server's message, in the language on screen.
import { expect, test } from "vitest";
import { api, hostUrl, poll, screenshot, setupBrowser } from "./browser";
import { openDesigner } from "./designer-steps";

const ui = setupBrowser();

async function failSignIn(page: Awaited<ReturnType<typeof ui.blank>>["page"]) {
  await page.locator("#username").fill("nobody-i18n");
  await page.locator("#password").fill("not-the-password");
  await page.locator("button[type=submit]").click();
}

test("with the SPA in Chinese, a server error is shown in Chinese; switched to English, in English", async () => {
  const { page, errors } = await ui.blank("zh-CN");
  await page.goto(`${hostUrl("it")}/login`);
  await failSignIn(page);
  const alert = page.locator(".ant-alert-error");
  await poll(async () => (await alert.textContent()) ?? "").toContain("用户名或密码错误。");
  await screenshot(page, "i18n-server-error-zh");

  await page.getByTestId("language-switch").click();
  await page.getByTitle("English").click();
  await failSignIn(page);
  await poll(async () => (await alert.textContent()) ?? "").toContain("Wrong username or password.");
  expect(errors).toEqual([]);
});

test("the code stays the same in both languages", async () => {
  const { page } = await ui.blank("zh-CN");
  await page.goto(`${hostUrl("it")}/login`);
  const zh = await api(page, "GET", "/api/v1/tickets/99999999", undefined, { "Accept-Language": "zh-CN" });
  const en = await api(page, "GET", "/api/v1/tickets/99999999", undefined, { "Accept-Language": "en" });
  expect([zh.status, zh.body.error.code, zh.body.error.message]).toEqual([401, "not_authenticated", "需要登录认证。"]);
  expect([en.status, en.body.error.code, en.body.error.message]).toEqual([401, "not_authenticated", "Authentication is required."]);
});

test("the designer's problems speak Chinese down to the condition parser's words", async () => {
  const suffix = Date.now().toString(36);
  const { page, errors } = await ui.open({ tenant: "it", username: "admin", path: "/workflows", language: "zh-CN" });
  const created = await api(page, "POST", "/api/v1/workflows", { key: `cond_${suffix}`, name: `Cond ${suffix}` });
  expect(created.status).toBe(201);
  const id = (created.body as { id: number }).id;
  const draft = await api(page, "GET", `/api/v1/workflows/${id}/draft`);
  const document = (draft.body as { document: Record<string, unknown> }).document;
  document.fields = [{ key: "days", label: "Days", type: "int" }];
  document.states = [
    { key: "start", name: "Draft", type: "start", field_permissions: { days: "required" } },
    { key: "review", name: "Review", type: "normal", participant: { kind: "users", users: ["admin"] } },
    { key: "long", name: "Long", type: "normal", participant: { kind: "users", users: ["admin"] } },
    { key: "done", name: "Done", type: "end" },
  ];
  document.transitions = [
    { key: "submit", name: "Submit", source: "start", target: "review" },
    { key: "approve", name: "Approve", source: "review", target: "done", branches: [{ expression: "days >", target: "long" }] },
    { key: "finish", name: "Finish", source: "long", target: "done" },
  ];
  const put = await api(page, "PUT", `/api/v1/workflows/${id}/draft`, { document }, { "If-Match": draft.etag ?? "" });
  expect(put.status, JSON.stringify(put.body)).toBe(200);

  await openDesigner(page, id);
  const panel = page.getByTestId("problems-panel");
  await poll(async () => (await panel.textContent()) ?? "").toContain("表达式无法解析：“>”之后应为一个值");
  expect((await panel.textContent()) ?? "").toContain("却是表达式结尾（位置 6）");
  await screenshot(page, "i18n-server-designer-zh");
  // The same check asked in English keeps the code and says it in English.
  const en = await api(page, "POST", `/api/v1/workflows/${id}/validate`, {}, { "Accept-Language": "en" });
  const problem = (en.body as { problems: { code: string; message: string }[] }).problems.find((item) => item.code === "condition_syntax");
  expect(problem?.message).toContain("found the end of the expression (at position 6)");
  expect(errors).toEqual([]);
});
