import { act, render, screen } from "@testing-library/react";
import i18n from "@/lib/i18n";
import { SlaDue } from "./SlaDue";

const DUE = "2025-03-10T09:00:00Z";
const quiet = { warn_at: null, warning: false };

afterEach(async () => {
  await act(async () => {
    await i18n.changeLanguage("en");
  });
});

test("a working-time SLA says how many working hours are left", () => {
  render(<SlaDue sla={{ due_at: DUE, clock: "working", remaining_seconds: 3 * 3600 + 120, overdue: false, ...quiet }} />);
  expect(screen.getByTestId("sla-due")).toHaveTextContent("in 3 working hours");
  expect(screen.getByTestId("sla-due")).toHaveAttribute("data-overdue", "false");
  expect(screen.queryByTestId("sla-due-warn")).not.toBeInTheDocument();
});

test("a wall-clock SLA counts plain days, and a passed one is overdue", () => {
  const { rerender } = render(<SlaDue sla={{ due_at: DUE, clock: "wall", remaining_seconds: 2 * 86400, overdue: false, ...quiet }} />);
  expect(screen.getByTestId("sla-due")).toHaveTextContent("in 2 days");
  rerender(<SlaDue sla={{ due_at: DUE, clock: "working", remaining_seconds: -60, overdue: true, warn_at: "2025-03-10T08:00:00Z", warning: false }} />);
  expect(screen.getByTestId("sla-due")).toHaveTextContent("overdue since");
  expect(screen.getByTestId("sla-due")).toHaveAttribute("data-overdue", "true");
  expect(screen.queryByTestId("sla-due-warn")).not.toBeInTheDocument(); // past the deadline the warning says nothing new
});

test("before the warning time it says when the handlers will be warned", () => {
  render(<SlaDue sla={{ due_at: DUE, clock: "wall", remaining_seconds: 5 * 3600, overdue: false, warn_at: "2025-03-10T08:00:00Z", warning: false }} />);
  expect(screen.getByTestId("sla-due")).toHaveAttribute("data-warning", "false");
  expect(screen.getByTestId("sla-due-warn")).toHaveTextContent(/^handlers are warned 2025-03-10 \d\d:00$/);
});

test("once warned the SLA shows it runs out soon, in both languages", async () => {
  const sla = { due_at: DUE, clock: "working", remaining_seconds: 1800, overdue: false, warn_at: "2025-03-10T08:00:00Z", warning: true };
  const { rerender } = render(<SlaDue sla={sla} testId="branch-sla-due" />);
  expect(screen.getByTestId("branch-sla-due")).toHaveAttribute("data-warning", "true");
  expect(screen.getByTestId("branch-sla-due")).toHaveTextContent("runs out soon: due");
  expect(screen.getByTestId("branch-sla-due-warn")).toHaveTextContent("handlers were warned");
  await act(async () => {
    await i18n.changeLanguage("zh-CN");
  });
  rerender(<SlaDue sla={sla} testId="branch-sla-due" />);
  expect(screen.getByTestId("branch-sla-due")).toHaveTextContent("即将超时：截止");
  expect(screen.getByTestId("branch-sla-due")).toHaveTextContent("还剩 30 个工作分钟");
  expect(screen.getByTestId("branch-sla-due-warn")).toHaveTextContent("已于");
});
