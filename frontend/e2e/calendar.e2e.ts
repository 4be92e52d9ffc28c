// The working calendar end to end: an admin sets Monday's hours around lunch and the time zone,
// imports Germany's public holidays, and a workflow whose review has a "2 working days" SLA with a
// warning a working day before (set up through the API) shows both times on the ticket page.
import { expect, test } from "vitest";
import { api, poll, screenshot, setupBrowser, text } from "./browser";
import { fitView, openDesigner, selectState } from "./designer-steps";

const ui = setupBrowser();

type Calendar = { time_zone: string; week: { start: string; end: string }[][]; holidays: { date: string; name: string }[] };

test("an admin sets working hours, imports holidays, and a working-time SLA shows its due time", async () => {
  const suffix = Date.now().toString(36);
  const { page, errors } = await ui.open({ tenant: "it", username: "admin", path: "/calendar" });

  // Monday: 09:00-12:00 and 13:00-18:00, in Berlin.
  await poll(() => page.getByTestId("hours-0-0-end").isVisible()).toBe(true);
  while ((await page.getByTestId("hours-0-1-start").count()) > 0) await page.getByTestId("hours-0-1-remove").click();
  await page.getByTestId("hours-0-0-start").fill("09:00");
  await page.getByTestId("hours-0-0-end").fill("12:00");
  await page.getByTestId("hours-0-add").click();
  await page.getByTestId("hours-0-1-start").fill("13:00");
  await page.getByTestId("hours-0-1-end").fill("18:00");
  await page.getByTestId("calendar-zone").click();
  await page.keyboard.type("Europe/Berlin");
  await page.keyboard.press("Enter");
  await page.getByTestId("calendar-save").click();
  await poll(async () => ((await api(page, "GET", "/api/v1/calendar")).body as Calendar).time_zone).toBe("Europe/Berlin");
  const saved = (await api(page, "GET", "/api/v1/calendar")).body as Calendar;
  expect(saved.week[0]).toEqual([
    { start: "09:00", end: "12:00" },
    { start: "13:00", end: "18:00" },
  ]);

  // Germany's public holidays of next year: imported, listed (again: nothing new).
  const year = new Date().getFullYear() + 1;
  await page.getByTestId("import-country").fill("DE");
  await page.getByTestId("import-year").fill(String(year));
  await page.getByTestId("import-holidays").click();
  await poll(() => page.getByText(/Imported \d+ holidays/).first().isVisible()).toBe(true);
  await poll(() => page.getByTestId("holiday-table").textContent()).toContain(`${year}-12-25`);
  const holidays = ((await api(page, "GET", "/api/v1/calendar")).body as Calendar).holidays;
  const again = await api(page, "POST", "/api/v1/calendar/holidays/import", { country: "DE", year });
  expect((again.body as { added: number }).added).toBe(0);
  expect(((await api(page, "GET", "/api/v1/calendar")).body as Calendar).holidays).toHaveLength(holidays.length);
  await poll(() => page.getByTestId("preview-due").isVisible()).toBe(true);
  await screenshot(page, "calendar");

  // A workflow whose review must be done within 2 working days.
  const created = await api(page, "POST", "/api/v1/workflows", { key: `sla_${suffix}`, name: `Working SLA ${suffix}` });
  expect(created.status).toBe(201);
  const id = (created.body as { id: number }).id;
  const draft = await api(page, "GET", `/api/v1/workflows/${id}/draft`);
  const document = (draft.body as { document: Record<string, unknown> }).document;
  document.states = [
    { key: "start", name: "Draft", type: "start" },
    {
      key: "review",
      name: "Review",
      type: "normal",
      participant: { kind: "users", users: ["admin"] },
      sla: { duration_seconds: 2 * 86400, clock: "working_days", action: "remind", warn_before_seconds: 86400 },
    },
    { key: "done", name: "Done", type: "end" },
  ];
  document.transitions = [
    { key: "submit", name: "Submit", source: "start", target: "review" },
    { key: "approve", name: "Approve", source: "review", target: "done" },
  ];
  const put = await api(page, "PUT", `/api/v1/workflows/${id}/draft`, { document }, { "If-Match": draft.etag ?? "" });
  expect(put.status, JSON.stringify(put.body)).toBe(200);
  const published = await api(page, "POST", `/api/v1/workflows/${id}/publish`, {});
  expect(published.status, JSON.stringify(published.body)).toBeLessThan(300);

  // The designer shows the SLA counting working days.
  await openDesigner(page, id);
  await fitView(page);
  await selectState(page, "review");
  await poll(() => text(page, "sla-duration-clock")).toBe("Working days");
  expect(await page.getByTestId("sla-duration-days").inputValue()).toBe("2");
  expect(await page.getByTestId("sla-warn-enabled").getAttribute("aria-checked")).toBe("true");
  expect(await page.getByTestId("sla-warn-days").inputValue()).toBe("1");
  await screenshot(page, "calendar-designer-sla");

  // A ticket entering the review: its page says when the SLA falls due, in working time.
  const ticket = await api(page, "POST", "/api/v1/tickets", { workflow_id: id, fields: {}, transition: "submit" });
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  const ticketId = (ticket.body as { id: number }).id;
  const detail = (await api(page, "GET", `/api/v1/tickets/${ticketId}`)).body as {
    due_at: string | null;
    sla: { clock: string; warn_at: string | null; warning: boolean } | null;
  };
  expect(detail.due_at).not.toBeNull();
  expect(detail.sla?.clock).toBe("working_days");
  expect(Date.parse(detail.sla?.warn_at ?? "")).toBeLessThan(Date.parse(detail.due_at ?? ""));
  expect(detail.sla?.warning).toBe(false);
  await page.goto(`${new URL(page.url()).origin}/tickets/${ticketId}`);
  await poll(() => page.getByTestId("sla-due").isVisible()).toBe(true);
  expect(await text(page, "sla-due")).toMatch(/^due \d{4}-\d{2}-\d{2} \d{2}:\d{2} · in \d+ working (minutes?|hours?|days?)$/);
  expect(await page.getByTestId("sla-due").getAttribute("data-overdue")).toBe("false");
  expect(await page.getByTestId("sla-due").getAttribute("data-warning")).toBe("false");
  expect(await text(page, "sla-due-warn")).toMatch(/^handlers are warned \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await screenshot(page, "calendar-ticket-due");
  expect(errors).toEqual([]);
});
