// A phone (390 x 844, touch) and the keyboard. lead opens the menu drawer (it closes after navigating),
// sees To do as compact cards with the filters folded, opens alice's leave request and approves it;
// dark mode for the picture; then on a desktop: j / k select rows, "a" approves after a confirmation,
// "?" shows the help. Screenshots docs-mobile-todo, docs-mobile-ticket and docs-dark-todo.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { api, launch, newContext, poll, screenshot, signIn, watchErrors } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Ticket = { id: number; serial: string };

async function fileLeaves(count: number, reason: string): Promise<Ticket[]> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "it", "alice", "/tickets?view=created");
  const workflows = (await api(page, "GET", "/api/v1/workflows")).body as { id: number; key: string }[];
  const leave = workflows.find((workflow) => workflow.key === "leave")!;
  const tickets: Ticket[] = [];
  for (let index = 0; index < count; index += 1) {
    const fields = { leave_type: "annual", start_date: "2026-12-21", days: 1, reason: `${reason} ${index}` };
    const created = await api(page, "POST", "/api/v1/tickets", { workflow_id: leave.id, fields, transition: "submit" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    tickets.push(created.body as Ticket);
  }
  await context.close();
  return tickets;
}

async function phone(language: "en" | "zh-CN" = "en", scheme: "light" | "dark" = "light") {
  const context = await browser.newContext({ locale: language, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: scheme });
  await context.addInitScript((lang) => {
    if (!localStorage.getItem("loonflow.language")) localStorage.setItem("loonflow.language", lang);
  }, language);
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

const stateOf = async (page: Page, id: number) => ((await api(page, "GET", `/api/v1/tickets/${id}`)).body as { state: { key: string } }).state.key;
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

test("on a phone: the menu drawer closes after navigating, To do is compact, a ticket is approved", async () => {
  const [ticket] = await fileLeaves(1, `E2E phone ${Date.now()}`);
  const { context, page, errors } = await phone();
  await signIn(page, "it", "lead", "/inbox");

  // The side menu is a drawer: open it, go to To do, it closes.
  await page.getByTestId("menu-toggle").click();
  await poll(() => page.locator(".ant-drawer-open [data-testid=menu-todo]").isVisible()).toBe(true);
  await page.locator(".ant-drawer-open [data-testid=menu-todo]").click();
  await page.waitForURL((url) => url.search.includes("view=todo"));
  await poll(() => page.locator(".ant-drawer-open").count()).toBe(0);

  // Compact rows, filters folded behind a button, no sideways page scroll.
  await poll(() => page.getByTestId(`compact-ticket-${ticket!.serial}`).isVisible()).toBe(true);
  expect(await page.getByTestId("ticket-search").count()).toBe(0);
  await page.getByTestId("filters-toggle").click();
  await poll(() => page.getByTestId("ticket-search").first().isVisible()).toBe(true);
  await page.getByTestId("filters-toggle").click();
  expect(await noSideScroll(page)).toBe(true);
  await screenshot(page, "docs-mobile-todo");

  // The ticket page fits too, and its approve button is in reach.
  await page.getByTestId(`ticket-link-${ticket!.serial}`).click();
  await page.waitForURL((url) => url.pathname === `/tickets/${ticket!.id}`);
  const approve = page.getByTestId("handle-transition-lead_approve");
  await poll(() => approve.isVisible()).toBe(true);
  expect(await noSideScroll(page)).toBe(true);
  await screenshot(page, "docs-mobile-ticket");
  await approve.click();
  await poll(() => stateOf(page, ticket!.id)).not.toBe("lead_review");
  expect(errors).toEqual([]);
  await context.close();
});

test("dark mode follows the system and the header switch overrides it (remembered)", async () => {
  const { context, page, errors } = await phone("en", "dark");
  await signIn(page, "it", "lead", "/tickets?view=todo");
  await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  await poll(() => page.locator("header").count()).toBe(1);
  const background = () => page.evaluate(() => getComputedStyle(document.querySelector("header")!).backgroundColor);
  expect(await background()).not.toBe("rgb(255, 255, 255)");
  await screenshot(page, "docs-dark-todo");
  await page.getByTestId("theme-switch").click();
  await page.getByTestId("theme-light").click();
  await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
  await page.reload();
  await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
  expect(await page.evaluate(() => localStorage.getItem("loonflow.theme"))).toBe("light");
  expect(errors).toEqual([]);
  await context.close();
});

test("keyboard: j / k select a row, a approves it after a confirmation, ? shows the help", async () => {
  const tickets = await fileLeaves(2, `E2E keys ${Date.now()}`);
  const context = await newContext(browser, "zh-CN");
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, "it", "lead", "/tickets?view=todo");
  for (const ticket of tickets) await poll(() => page.getByTestId(`ticket-row-${ticket.serial}`).isVisible()).toBe(true);
  await poll(() => page.locator(".ant-spin-blur").count()).toBe(0);
  // Somewhere that is neither a link nor a field (the page's title), so the keys go to the page.
  await page.locator(".console-page h3").first().click();

  // "/" goes to the search box, where j is a letter again.
  await page.keyboard.press("/");
  await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");
  await page.keyboard.press("j");
  expect(await page.locator("[data-cursor=yes]").count()).toBe(0);
  await page.keyboard.press("Escape");
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  const serials = await page.locator("[data-testid^=ticket-row-]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-testid")!.slice("ticket-row-".length)));
  await page.keyboard.press("j");
  await poll(() => page.locator("[data-cursor=yes]").getAttribute("data-testid")).toBe(`ticket-row-${serials[0]}`);
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await page.keyboard.press("j");
  await poll(() => page.locator("[data-cursor=yes]").getAttribute("data-testid")).toBe(`ticket-row-${serials[1]}`);
  const picked = tickets.find((ticket) => ticket.serial === serials[1]) ?? tickets[0]!;
  // Move onto one of ours (the list may hold others' tickets first).
  for (let step = 0; step < serials.length && (await page.locator("[data-cursor=yes]").getAttribute("data-testid")) !== `ticket-row-${picked.serial}`; step += 1) {
    await page.keyboard.press(serials.indexOf(picked.serial) > serials.indexOf(serials[1]!) ? "j" : "k");
  }
  expect(await page.locator("[data-cursor=yes]").getAttribute("data-testid")).toBe(`ticket-row-${picked.serial}`);
  await page.keyboard.press("a");
  const ok = page.getByTestId("quick-confirm-dialog-ok");
  await poll(() => ok.isVisible()).toBe(true);
  expect(await page.locator(".ant-modal-confirm-title").innerText()).toContain(picked.serial);
  await ok.click();
  // The answer's message names the ticket (a refusal's says why, which is what a failure should show).
  await poll(() => page.locator(".ant-message-notice").allInnerTexts().then((texts) => texts.join(" | "))).toContain(picked.serial);
  await poll(() => stateOf(page, picked.id)).not.toBe("lead_review");
  await poll(() => page.locator(".ant-modal-wrap:visible").count()).toBe(0);

  await page.keyboard.press("?");
  await poll(() => page.getByTestId("shortcuts-dialog").isVisible()).toBe(true);
  expect(await page.getByTestId("shortcuts-dialog").innerText()).toContain("确认后同意");
  expect(errors).toEqual([]);
  await context.close();
});

test("on a phone the server draws To do and a ticket first; the console takes their place with the same rows", async () => {
  const [ticket] = await fileLeaves(1, `E2E first view ${Date.now()}`);
  const { context, page, errors } = await phone();
  await signIn(page, "it", "lead", "/inbox");
  const origin = new URL(page.url()).origin;

  // Without the console's scripts the drawing is the page: lead's rows, with the ticket's link.
  const bare = await context.newPage();
  await bare.route("**/assets/*.js", (route) => route.abort());
  await bare.goto(`${origin}/tickets?view=todo`);
  const drawn = bare.locator("#first-view");
  expect(await drawn.isVisible()).toBe(true);
  expect(await drawn.locator(`a[href="/tickets/${ticket.id}"]`).innerText()).toBe(ticket.serial);
  await bare.goto(`${origin}/tickets/${ticket.id}`);
  expect(await bare.locator("#first-view h3").innerText()).toContain(ticket.serial);
  await bare.close();

  // With them, the console answers its first requests from the document and takes the drawing's place.
  const asked: string[] = [];
  page.on("request", (request) => request.url().includes("/api/v1/") && asked.push(new URL(request.url()).pathname));
  await page.goto(`${origin}/tickets?view=todo`);
  await poll(() => page.locator("#first-view").count()).toBe(0);
  expect(await page.getByTestId(`ticket-link-${ticket.serial}`).isVisible()).toBe(true);
  expect(asked).not.toContain("/api/v1/me");
  expect(asked).not.toContain("/api/v1/tickets");
  // The first requests were answered: the next ones go to the server (the list refreshes for real).
  await page.getByRole("button", { name: /refresh/i }).click();
  await poll(() => asked.includes("/api/v1/tickets")).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});
