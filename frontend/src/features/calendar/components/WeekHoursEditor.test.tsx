import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import "@/lib/i18n";
import type { Interval } from "../api/calendar";
import { WeekHoursEditor } from "./WeekHoursEditor";

vi.setConfig({ testTimeout: 20_000 });

let last: Interval[][] = [];

function Harness({ initial }: { initial: Interval[][] }) {
  const [week, setWeek] = useState(initial);
  last = week;
  return <WeekHoursEditor value={week} onChange={setWeek} />;
}

const office = (): Interval[][] => [...Array.from({ length: 5 }, () => [{ start: "09:00", end: "17:00" }]), [], []];

test("shows each weekday's hours and the weekend off, and splits a day around lunch", async () => {
  const user = userEvent.setup();
  render(<Harness initial={office()} />);
  expect(screen.getByText("Monday")).toBeInTheDocument();
  expect(screen.getByTestId("hours-5-off")).toHaveTextContent("Day off");
  expect(screen.getByTestId("hours-0-0-start")).toHaveValue("09:00");

  const end = screen.getByTestId("hours-0-0-end");
  await user.clear(end);
  await user.type(end, "12:00");
  await user.click(screen.getByTestId("hours-0-add"));
  // The new interval starts where the last one ended.
  expect(screen.getByTestId("hours-0-1-start")).toHaveValue("12:00");
  const start = screen.getByTestId("hours-0-1-start");
  await user.clear(start);
  await user.type(start, "13:00");
  expect(last[0]).toEqual([
    { start: "09:00", end: "12:00" },
    { start: "13:00", end: "18:00" },
  ]);
  expect(last[1]).toEqual([{ start: "09:00", end: "17:00" }]);
});

test("a day can be made a day off, and the weekend can get hours", async () => {
  const user = userEvent.setup();
  render(<Harness initial={office()} />);
  await user.click(screen.getByTestId("hours-4-0-remove"));
  expect(last[4]).toEqual([]);
  expect(screen.getByTestId("hours-4-off")).toBeInTheDocument();
  await user.click(screen.getByTestId("hours-5-add"));
  expect(last[5]).toEqual([{ start: "09:00", end: "17:00" }]);
});

test("a time that is not HH:MM is marked", async () => {
  const user = userEvent.setup();
  render(<Harness initial={office()} />);
  const start = screen.getByTestId("hours-2-0-start");
  await user.clear(start);
  await user.type(start, "9am");
  expect(start.closest(".ant-input-status-error") ?? start).toHaveClass("ant-input-status-error");
});
