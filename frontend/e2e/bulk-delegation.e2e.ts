// Everyday approving end to end. Bulk (en): alice files three leave requests; her leader (lead) picks
// two on To do and approves them in one go (each row's result shown), and rejects the third from its
// row. Delegation (zh-CN): lead, away, sets bob as delegate on /delegations; alice's next request
// waits for bob "for lead" on his To do, and bob approves it from the row: the history says bob acted
// on lead's behalf.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { api, launch, newContext, screenshot, signIn, watchErrors } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
type Ticket = { id: number; serial: string; state: string; status: string };

/** alice files `count` short leave requests through the API (signed in on `page`); their serials. */
async function fileLeaves(page: Page, count: number, reason: string): Promise<Ticket[]> {
  const workflows = (await api(page, "GET", "/api/v1/workflows")).body as { id: number; key: string }[];
  const leave = workflows.find((workflow) => workflow.key === "leave")!;
  const tickets: Ticket[] = [];
  for (let index = 0; index < count; index += 1) {
    const fields = { leave_type: "annual", start_date: "2026-12-21", days: 2, reason: `${reason} ${index}` };
    const created = await api(page, "POST", "/api/v1/tickets", { workflow_id: leave.id, fields, transition: "submit" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    tickets.push(created.body as Ticket);
  }
  return tickets;
}

async function asAlice(reason: string, count: number): Promise<Ticket[]> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "it", "alice", "/tickets?view=created");
  const tickets = await fileLeaves(page, count, reason);
  await context.close();
  return tickets;
}

const settled = async (page: Page) => {
  await poll(() => page.locator(".ant-spin-blur").count()).toBe(0);
  await page.waitForTimeout(400);
};

test("lead approves two to-do rows in one go and rejects a third from its row", async () => {
  const [first, second, third] = await asAlice(`E2E bulk ${Date.now()}`, 3);
  const context = await newContext(browser, "en");
  const lead = await context.newPage();
  const errors = watchErrors(lead);
  await signIn(lead, "it", "lead", "/tickets?view=todo");
  await poll(() => lead.getByTestId(`ticket-row-${third!.serial}`).isVisible()).toBe(true);
  await settled(lead);

  for (const ticket of [first!, second!]) await lead.getByLabel(`Select ${ticket.serial}`).check();
  await poll(() => lead.getByTestId("bulk-bar").textContent()).toContain("2 tickets selected");
  await lead.getByTestId("bulk-comment").fill("Enjoy your days off");
  await screenshot(lead, "docs-bulk-approve");
  await lead.getByTestId("bulk-agree").click();
  await lead.getByTestId("bulk-confirm-agree").click();
  const results = lead.getByTestId("bulk-results");
  await poll(() => results.isVisible()).toBe(true);
  await poll(() => results.getByTestId(`bulk-ok-${first!.id}`).textContent()).toBe("Done");
  await poll(() => results.getByTestId(`bulk-ok-${second!.id}`).textContent()).toBe("Done");
  await screenshot(lead, "docs-bulk-results");
  await lead.getByRole("button", { name: "Close" }).last().click();

  // The approved ones left To do; the third is rejected from its own row.
  await poll(() => lead.getByTestId(`ticket-row-${first!.serial}`).count()).toBe(0);
  await lead.getByTestId(`quick-reject-${third!.id}`).click();
  await lead.getByTestId(`quick-confirm-${third!.id}`).click();
  await poll(() => lead.getByTestId(`ticket-row-${third!.serial}`).count()).toBe(0);

  for (const [ticket, state] of [[first, "approved"], [second, "approved"], [third, "rejected"]] as const) {
    const detail = (await api(lead, "GET", `/api/v1/tickets/${ticket!.id}`)).body as { state: { key: string } };
    expect(detail.state.key).toBe(state);
  }
  const log = (await api(lead, "GET", `/api/v1/tickets/${first!.id}/flow-log`)).body as { comment: string; actor: { username: string } }[];
  expect(log.at(-1)).toMatchObject({ comment: "Enjoy your days off", actor: { username: "lead" } });
  expect(errors).toEqual([]);
  await context.close();
});

const pad = (value: number) => String(value).padStart(2, "0");
const local = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;

test("lead delegates to bob (zh-CN); alice's next request waits for bob on lead's behalf", async () => {
  const context = await newContext(browser, "zh-CN");
  const lead = await context.newPage();
  const errors = watchErrors(lead);
  await signIn(lead, "it", "lead", "/delegations");
  await poll(() => lead.getByRole("heading", { name: "委托代理" }).isVisible()).toBe(true);
  await lead.getByTestId("delegation-new").click();
  await lead.getByTestId("delegation-delegate").first().click();
  await lead.keyboard.type("bob");
  await lead.locator(".ant-select-item-option", { hasText: "bob" }).first().click();
  const [from, until] = [lead.locator(".ant-picker-range input").nth(0), lead.locator(".ant-picker-range input").nth(1)];
  const now = new Date();
  await from.click();
  await from.fill(local(new Date(now.getTime() - 60_000)));
  await from.press("Enter");
  await until.fill(local(new Date(now.getTime() + 7 * 86_400_000)));
  await until.press("Enter");
  await lead.getByTestId("delegation-save").click();
  const row = lead.locator("[data-testid^=delegation-row-]").first();
  await poll(() => row.textContent()).toContain("生效中");
  await settled(lead);
  await screenshot(lead, "docs-delegations");

  const [ticket] = await asAlice(`E2E delegated ${Date.now()}`, 1);
  const bobContext = await newContext(browser, "zh-CN");
  const bob = await bobContext.newPage();
  const bobErrors = watchErrors(bob);
  await signIn(bob, "it", "bob", "/tickets?view=todo");
  await poll(() => bob.getByTestId(`on-behalf-${ticket!.id}`).textContent()).toContain("代");
  await settled(bob);
  await screenshot(bob, "docs-todo-on-behalf");
  await bob.getByTestId(`quick-agree-${ticket!.id}`).click();
  await bob.getByTestId(`quick-confirm-${ticket!.id}`).click();
  await poll(() => bob.getByTestId(`ticket-row-${ticket!.serial}`).count()).toBe(0);
  const log = (await api(bob, "GET", `/api/v1/tickets/${ticket!.id}/flow-log`)).body as {
    actor: { username: string };
    on_behalf_of: { username: string } | null;
  }[];
  expect(log.at(-1)).toMatchObject({ actor: { username: "bob" }, on_behalf_of: { username: "lead" } });
  await bob.goto(`${new URL(bob.url()).origin}/tickets/${ticket!.id}`);
  await poll(() => bob.locator("[data-testid^=log-behalf-]").first().textContent()).toContain("代");
  expect(bobErrors).toEqual([]);
  await bobContext.close();

  // lead is back: the delegation ends, and the next request is lead's own again.
  const mine = (await api(lead, "GET", "/api/v1/delegations")).body as { items: { id: number; running: boolean }[] };
  for (const delegation of mine.items.filter((item) => item.running)) {
    expect((await api(lead, "DELETE", `/api/v1/delegations/${delegation.id}`)).status).toBe(200);
  }
  expect(errors).toEqual([]);
  await context.close();
});
