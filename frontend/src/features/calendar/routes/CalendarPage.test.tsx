import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { type Call, stubApi } from "@/test/stub-api";
import type { WorkingCalendar } from "../api/calendar";
import { CalendarPage } from "./CalendarPage";

vi.setConfig({ testTimeout: 30_000 });

const nine = [{ start: "09:00", end: "17:00" }];
const calendar: WorkingCalendar = {
  time_zone: "UTC",
  week: [nine, nine, nine, nine, nine, [], []],
  holidays: [{ date: "2025-12-25", name: "Christmas Day", source: "DE" }],
  workdays: [],
  weekly_seconds: 40 * 3600,
  updated_at: null,
};

function setup(): Call[] {
  let current = calendar;
  return stubApi((call) => {
    if (call.path === "/api/v1/calendar" && call.method === "GET") return { body: current };
    if (call.path === "/api/v1/calendar" && call.method === "PUT") {
      const body = call.body as { week: WorkingCalendar["week"]; time_zone: string };
      if (body.week[0]!.some((interval) => interval.end <= interval.start)) {
        return { status: 422, body: { error: { code: "validation_failed", message: "The request has invalid values.", details: [{ field: "week.0.0", message: "The interval ends before it starts." }] } } };
      }
      current = { ...current, ...body, updated_at: "2025-01-01T00:00:00Z" };
      return { body: current };
    }
    if (call.path === "/api/v1/calendar/holidays/import") return { body: { country: "DE", subdivision: null, year: 2026, added: 9, workdays_added: 0 } };
    if (call.path === "/api/v1/calendar/due") return { body: { start: "2025-03-07T14:00:00Z", due_at: "2025-03-10T09:00:00Z", clock: "working", working_seconds: 4 * 3600 } };
    return undefined;
  });
}

test("saves the hours and time zone with one PUT", async () => {
  const user = userEvent.setup();
  const calls = setup();
  renderWithProviders(<CalendarPage />);
  expect(await screen.findByTestId("weekly-hours")).toHaveTextContent("40 working hours");
  expect(screen.getByText("Christmas Day")).toBeInTheDocument();
  const end = screen.getByTestId("hours-0-0-end");
  await user.clear(end);
  await user.type(end, "12:00");
  await user.click(screen.getByTestId("hours-0-add"));
  await user.click(screen.getByTestId("calendar-save"));
  await waitFor(() => expect(calls.some((call) => call.method === "PUT")).toBe(true));
  const put = calls.find((call) => call.method === "PUT")!;
  expect(put.body).toEqual({
    time_zone: "UTC",
    week: [
      [{ start: "09:00", end: "12:00" }, { start: "12:00", end: "18:00" }],
      nine, nine, nine, nine, [], [],
    ],
  });
});

test("a refused save lists the problem by field", async () => {
  const user = userEvent.setup();
  setup();
  renderWithProviders(<CalendarPage />);
  const start = await screen.findByTestId("hours-0-0-start");
  await user.clear(start);
  await user.type(start, "18:00");
  await user.click(screen.getByTestId("calendar-save"));
  expect(await screen.findByTestId("hours-problems")).toHaveTextContent("week.0.0");
});

test("imports a country's holidays for a year", async () => {
  const user = userEvent.setup();
  const calls = setup();
  renderWithProviders(<CalendarPage />);
  await user.type(await screen.findByTestId("import-country"), "DE");
  const year = screen.getByTestId("import-year");
  await user.clear(year);
  await user.type(year, "2026");
  await user.click(screen.getByTestId("import-holidays"));
  await waitFor(() => expect(calls.some((call) => call.path.endsWith("/holidays/import"))).toBe(true));
  expect(calls.find((call) => call.path.endsWith("/holidays/import"))!.body).toEqual({ country: "DE", subdivision: null, year: 2026 });
  expect(await screen.findByText(/Imported 9 holidays/)).toBeInTheDocument();
});

test("previews when a duration falls due", async () => {
  setup();
  renderWithProviders(<CalendarPage />);
  expect(await screen.findByTestId("preview-due")).toHaveTextContent("4 working hours");
});
