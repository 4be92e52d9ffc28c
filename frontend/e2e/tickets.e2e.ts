// The work area end to end: alice files a leave request from the UI; her leader (lead) finds it in
// To do (with the menu's count), opens it and approves it; the ticket ends approved with its history.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { screenshot, setupBrowser } from "./browser";

const ui = setupBrowser();

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();
// expect.poll gives up after 1 s by default; pages here wait on a real server on a busy machine.
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

test("a leave request goes from alice to her leader's To do and gets approved", async () => {
  const reason = `E2E dentist ${Date.now()}`;

  // alice picks the leave workflow and fills in its form.
  const { context: aliceContext, page: alice, errors: aliceErrors } = await ui.open({ tenant: "it", username: "alice", path: "/tickets/new" });
  await alice.getByTestId("workflow-card-leave").click();
  await alice.waitForURL(/\/tickets\/new\/\d+$/);
  const firstDay = alice.getByTestId("field-start_date").locator("input");
  await firstDay.click();
  await firstDay.fill("2026-12-21");
  await firstDay.press("Enter");
  await alice.getByTestId("field-days").locator("input").fill("2");
  await alice.getByTestId("field-reason").locator("textarea").fill(reason);
  await screenshot(alice, "tickets-new");
  await alice.getByTestId("create-transition-submit").click();
  await alice.waitForURL(/\/tickets\/\d+$/);
  await poll(() => text(alice, "ticket-state")).toBe("Leader review");
  const serial = (await text(alice, "ticket-serial"))?.trim() ?? "";
  expect(serial).toMatch(/^LV-\d{8}-\d{4}$/);
  const ticketPath = new URL(alice.url()).pathname;
  expect(aliceErrors).toEqual([]);
  await aliceContext.close();

  // lead sees it in To do, with the menu's count.
  const { page: lead, errors: leadErrors } = await ui.open({ tenant: "it", username: "lead", path: "/tickets?view=todo" });
  await poll(() => lead.getByTestId(`ticket-row-${serial}`).isVisible()).toBe(true);
  await poll(async () => Number((await text(lead, "menu-todo"))?.replace(/\D/g, "") || 0)).toBeGreaterThan(0);
  // The table fades back in from its loading state (a 0.3 s transition): let it finish for the picture.
  await poll(() => lead.locator(".ant-spin-blur").count()).toBe(0);
  await lead.waitForTimeout(500);
  await screenshot(lead, "tickets-list");

  // lead opens it and approves.
  await lead.getByTestId(`ticket-row-${serial}`).click();
  await lead.waitForURL((url) => url.pathname === ticketPath);
  await poll(() => lead.getByTestId("handle-transition-lead_approve").isVisible()).toBe(true);
  await poll(() => lead.getByTestId("graph-node-lead_review").getAttribute("aria-current")).toBe("step");
  await screenshot(lead, "tickets-detail");
  await lead.getByTestId("handle-comment").fill("Enjoy the break");
  await lead.getByTestId("handle-transition-lead_approve").click();

  // It is approved: new state and status, the history says who did what, the graph moved on.
  await poll(() => text(lead, "ticket-state")).toBe("Approved");
  await poll(() => text(lead, "ticket-status")).toBe("Finished");
  await poll(() => lead.getByTestId("handle-panel").count()).toBe(0);
  // The history is its own answer, refetched beside the ticket's: wait for the approval in it.
  await poll(async () => (await lead.getByTestId("flow-log").textContent()) ?? "").toContain("Leader review → Approved");
  const history = (await lead.getByTestId("flow-log").textContent()) ?? "";
  expect(history).toContain("Alice Wang");
  expect(history).toContain("created the ticket");
  expect(history).toContain("Lee Lead");
  expect(history).toContain("Leader review → Approved");
  expect(history).toContain("Enjoy the break");
  await poll(() => lead.getByTestId("graph-node-approved").getAttribute("aria-current")).toBe("step");
  await poll(() => lead.getByTestId(`field-value-reason`).textContent()).toBe(reason);
  await screenshot(lead, "tickets-detail-approved");
  expect(leadErrors).toEqual([]);
});

test("the list's filters live in the URL", async () => {
  // Different people per test: logins are rate-limited per user (10 in 5 minutes).
  const { page, errors } = await ui.open({ tenant: "it", username: "lead", path: "/tickets?view=related&status=in_progress" });
  await poll(() => page.getByTestId("filter-status").textContent()).toContain("In progress");
  await page.getByTestId("ticket-search").fill("leave");
  await page.getByTestId("ticket-search").press("Enter");
  await poll(() => new URL(page.url()).searchParams.get("q")).toBe("leave");
  await page.reload();
  await poll(() => page.getByTestId("ticket-search").inputValue()).toBe("leave");
  await poll(() => page.getByTestId("filter-status").textContent()).toContain("In progress");
  expect(errors).toEqual([]);
});

test("the work area speaks Chinese, with no raw translation keys", async () => {
  const { page, errors } = await ui.open({ tenant: "it", username: "bob", path: "/tickets?view=created", language: "zh-CN" });
  await poll(() => page.getByRole("heading", { name: "我创建的" }).isVisible()).toBe(true);
  const rawKey = /\b(list|new|detail|dialogs|log|fields|validation|columns|status|views|actionNames)\.[a-zA-Z_]+/;
  await poll(() => page.locator("tbody tr.ant-table-row").count()).toBeGreaterThan(0);
  expect(await page.locator("main, .ant-layout-content").first().innerText()).not.toMatch(rawKey);
  await poll(() => page.locator(".ant-spin-blur").count()).toBe(0);
  await page.waitForTimeout(500);
  await screenshot(page, "tickets-list-zh");
  await page.locator("tbody tr.ant-table-row").first().click();
  await page.waitForURL(/\/tickets\/\d+$/);
  await poll(() => page.getByTestId("flow-log").isVisible()).toBe(true);
  expect(await page.locator(".ant-layout-content").first().innerText()).not.toMatch(rawKey);
  await screenshot(page, "tickets-detail-zh");
  await page.goto(`${new URL(page.url()).origin}/tickets/new`);
  await poll(() => page.getByTestId("workflow-card-leave").isVisible()).toBe(true);
  expect(await page.locator(".ant-layout-content").first().innerText()).not.toMatch(rawKey);
  expect(errors).toEqual([]);
});
