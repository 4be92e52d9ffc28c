// The inbox end to end, in English and Chinese: alice files a leave request (through the API), the
// worker fans its events out, and lead's bell counts it; lead opens the inbox, sees "your turn",
// follows a comment that @mentions him, marks everything read, and saves notification settings.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { api, hostUrl, launch, newContext, poll, screenshot, signIn, watchErrors } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Item = { id: number; kind: string; ticket: { id: number; serial: string } };

async function fileLeave(page: Page, reason: string): Promise<{ id: number; serial: string }> {
  const workflows = (await api(page, "GET", "/api/v1/workflows")).body as { id: number; key: string }[];
  const leave = workflows.find((workflow) => workflow.key === "leave");
  expect(leave, JSON.stringify(workflows)).toBeTruthy();
  const fields = { leave_type: "annual", start_date: "2026-12-21", days: 2, reason };
  const created = await api(page, "POST", "/api/v1/tickets", { workflow_id: leave!.id, fields, transition: "submit" });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: number; serial: string };
}

const unread = async (page: Page) => Number((await page.getByTestId("inbox-bell").getAttribute("data-unread")) ?? "0");

test.each([
  ["en", "Your turn", "Mention", "Mark all read"],
  ["zh-CN", "待我处理", "提到我", "全部标为已读"],
] as const)("lead's bell and inbox (%s)", async (language, turnLabel, mentionLabel, markAll) => {
  const aliceContext = await newContext(browser, language);
  const alice = await aliceContext.newPage();
  await signIn(alice, "it", "alice", "/");
  const ticket = await fileLeave(alice, `E2E inbox ${language} ${Date.now()}`);

  const leadContext = await newContext(browser, language);
  const lead = await leadContext.newPage();
  const errors = watchErrors(lead);
  await signIn(lead, "it", "lead", "/tickets?view=todo");
  // The worker turns the ticket's events into lead's notification; the bell asks every 30 s.
  await poll(async () => {
    const items = ((await api(lead, "GET", "/api/v1/inbox?unread=true")).body as { items: Item[] }).items;
    return items.some((item) => item.ticket.id === ticket.id && item.kind === "turn");
  }).toBe(true);
  await lead.reload();
  await poll(() => unread(lead)).toBeGreaterThan(0);

  // alice asks lead by name in a comment: a mention in lead's inbox.
  const comment = await api(alice, "POST", `/api/v1/tickets/${ticket.id}/comments`, { comment: "@lead could you look today?" });
  expect(comment.status, JSON.stringify(comment.body)).toBeLessThan(300);
  await poll(async () => {
    const items = ((await api(lead, "GET", "/api/v1/inbox?unread=true")).body as { items: Item[] }).items;
    return items.some((item) => item.ticket.id === ticket.id && item.kind === "mention");
  }).toBe(true);

  await lead.getByTestId("inbox-bell").click();
  await lead.waitForURL((url) => url.pathname === "/inbox");
  await poll(() => lead.getByText(turnLabel).first().isVisible()).toBe(true);
  await poll(() => lead.getByText(mentionLabel).first().isVisible()).toBe(true);
  await lead.waitForTimeout(300);
  await screenshot(lead, language === "en" ? "inbox" : "inbox-zh");

  await lead.getByRole("button", { name: markAll }).click();
  await poll(() => unread(lead)).toBe(0);
  await poll(() => lead.locator('[data-read="no"]').count()).toBe(0);

  // Settings: keep "ticket moved" out of email, take the daily digest.
  await lead.goto(`${new URL(lead.url()).origin}/inbox/settings`);
  await poll(() => lead.getByTestId("pref-moved-email").isChecked()).toBe(true);
  await lead.getByTestId("pref-moved-email").click();
  await lead.getByTestId("pref-digest").click();
  await lead.getByTestId("pref-save").click();
  await poll(async () => (await api(lead, "GET", "/api/v1/inbox/preferences")).body).toMatchObject({
    digest: true,
    channels: { moved: ["in_app", "chat"] },
  });
  if (language === "en") await screenshot(lead, "inbox-settings");
  // Back to every channel, no digest, for the next run.
  const every = ["in_app", "email", "chat"];
  const reset = { channels: Object.fromEntries(["turn", "moved", "comment", "mention", "consult", "sla"].map((kind) => [kind, every])), digest: false };
  expect((await api(lead, "PUT", "/api/v1/inbox/preferences", reset)).status).toBe(200);

  expect(errors).toEqual([]);
  await aliceContext.close();
  await leadContext.close();
}, 120_000);

test("a forged action link gets a clear page, in the person's language", async () => {
  const context = await newContext(browser, "zh-CN");
  const page = await context.newPage();
  await page.goto(`${hostUrl("it")}/act/${"A".repeat(32)}.${"0".repeat(64)}`);
  await poll(() => page.getByTestId("link-refused").getAttribute("data-code")).toBe("link_invalid");
  await poll(() => page.getByText("链接无效").isVisible()).toBe(true);
  await context.close();
}, 60_000);
