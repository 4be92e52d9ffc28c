// Ticket lists end to end, in English and Chinese: alice searches her tickets (a Chinese word and an
// English one), sorts by a column, sees whom each waits for, saves the list as a view and opens it
// again from another list, and downloads the list as CSV with the same filters.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import enTickets from "../src/locales/en/tickets.json";
import zhTickets from "../src/locales/zh-CN/tickets.json";
import { api, launch, newContext, poll, screenshot, signIn, text, watchErrors } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const LEAVE = { leave_type: "annual", start_date: "2026-12-21", days: 2 };

/** File a leave request as the signed-in person; its serial. */
async function fileLeave(page: Page, reason: string): Promise<string> {
  const workflows = await api(page, "GET", "/api/v1/workflows");
  const leave = (workflows.body as { id: number; key: string }[]).find((workflow) => workflow.key === "leave")!;
  const created = await api(page, "POST", "/api/v1/tickets", { workflow_id: leave.id, fields: { ...LEAVE, reason }, transition: "submit" });
  expect(created.status).toBe(201);
  return (created.body as { serial: string }).serial;
}

const rowsShown = (page: Page) => page.locator("[data-testid^=ticket-row-]").count();

/** Search the list for `words`: the box is re-drawn with the URL's search, so wait for it there. */
async function searchFor(page: Page, words: string) {
  const box = page.getByTestId("ticket-search");
  await box.fill(words);
  await box.press("Enter");
  await poll(() => new URL(page.url()).searchParams.get("q")).toBe(words);
  await poll(() => box.inputValue()).toBe(words);
}

for (const [language, locale] of [
  ["en", enTickets],
  ["zh-CN", zhTickets],
] as const) {
  describe(`ticket lists in ${language}`, () => {
    test("search, sort, waiting for, saved views and export", async () => {
      const stamp = `e2e${Date.now()}${language === "en" ? "a" : "b"}`;
      const context = await newContext(browser, language);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await signIn(page, "it", "alice", "/tickets?view=created");
      const wedding = await fileLeave(page, `回老家参加婚礼 ${stamp}`);
      const trip = await fileLeave(page, `Conference trip ${stamp}`);

      // The search box: a Chinese word (two characters) with the run's token finds the wedding only.
      await page.goto(`${new URL(page.url()).origin}/tickets?view=created`);
      const search = page.getByTestId("ticket-search");
      await expect(search.getAttribute("placeholder")).resolves.toBe(locale.list.search);
      await searchFor(page, `婚礼 ${stamp}`);
      await poll(() => page.getByTestId(`ticket-row-${wedding}`).isVisible()).toBe(true);
      await poll(() => rowsShown(page)).toBe(1);
      // One character of it, and an English word, find theirs.
      await searchFor(page, `礼 ${stamp}`);
      await poll(() => page.getByTestId(`ticket-row-${wedding}`).isVisible()).toBe(true);
      await searchFor(page, `confer ${stamp}`);
      await poll(() => page.getByTestId(`ticket-row-${trip}`).isVisible()).toBe(true);
      await poll(() => rowsShown(page)).toBe(1);

      // Both, sorted by serial (a column header), with whom they wait for.
      await searchFor(page, stamp);
      await poll(() => rowsShown(page)).toBe(2);
      await page.getByRole("columnheader", { name: new RegExp(`^${locale.columns.serial}`) }).click();
      await poll(() => new URL(page.url()).searchParams.get("sort")).toBe("serial");
      await poll(async () => (await page.locator("[data-testid^=ticket-row-]").first().getAttribute("data-testid")) ?? "").toBe(
        `ticket-row-${[wedding, trip].sort()[0]}`,
      );
      await expect(page.getByRole("columnheader", { name: locale.columns.waitingFor, exact: true }).isVisible()).resolves.toBe(true);
      await poll(() => text(page, "waiting-for")).toContain("Lee Lead");
      await poll(() => page.locator(".ant-spin-blur").count()).toBe(0);
      if (language === "en") await screenshot(page, "docs-ticket-search");

      // Save it as a view; from another list, the view brings the search and the sort back.
      await page.getByTestId("save-view").click();
      await page.getByTestId("view-name").fill(`Mine ${stamp}`);
      await page.getByTestId("save-view-ok").click();
      await poll(() => page.getByTestId("view-name").count()).toBe(0);
      await page.goto(`${new URL(page.url()).origin}/tickets?view=todo`);
      await page.getByTestId("saved-views").click();
      await page.getByTitle(`Mine ${stamp}`).click();
      await poll(() => new URL(page.url()).searchParams.get("q")).toBe(stamp);
      expect(new URL(page.url()).searchParams.get("view")).toBe("created");
      expect(new URL(page.url()).searchParams.get("sort")).toBe("serial");
      await poll(() => rowsShown(page)).toBe(2);

      // The export carries the same filters: both tickets, in the list's order, nothing else.
      await page.getByTestId("export").click();
      const href = (await page.getByTestId("export-csv").getAttribute("href")) ?? "";
      expect(href).toContain(`q=${stamp}`);
      const xlsxHref = (await page.getByTestId("export-xlsx").getAttribute("href")) ?? "";
      expect(xlsxHref).toContain("format=xlsx");
      const xlsx = await page.evaluate(async (url) => {
        const response = await fetch(url, { credentials: "same-origin" });
        return { type: response.headers.get("content-type"), zip: new Uint8Array(await response.arrayBuffer()).slice(0, 2).join(",") };
      }, xlsxHref);
      expect(xlsx).toEqual({ type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip: "80,75" });
      const csv = await page.evaluate(async (url) => (await fetch(url, { credentials: "same-origin" })).text(), href);
      const lines = csv.trim().split(/\r?\n/);
      expect(lines[0]).toBe("serial,title,workflow,state,status,creator,waiting_for,created_at,updated_at");
      expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual([wedding, trip].sort());

      // Rename the view, then delete it.
      await page.getByTestId("rename-view").click();
      await page.getByTestId("view-name").fill(`Renamed ${stamp}`);
      await page.getByTestId("save-view-ok").click();
      await poll(async () => ((await api(page, "GET", "/api/v1/ticket-views")).body as { name: string }[]).map((view) => view.name)).toEqual([`Renamed ${stamp}`]);
      await page.getByTestId("delete-view").click();
      await page.locator(".ant-popconfirm .ant-btn-primary").click();
      await poll(async () => ((await api(page, "GET", "/api/v1/ticket-views")).body as unknown[]).length).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
