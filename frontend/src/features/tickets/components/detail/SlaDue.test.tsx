import { render, screen } from "@testing-library/react";
import "@/lib/i18n";
import { SlaDue } from "./SlaDue";

test("a working-time SLA says how many working hours are left", () => {
  render(<SlaDue sla={{ due_at: "2025-03-10T09:00:00Z", clock: "working", remaining_seconds: 3 * 3600 + 120, overdue: false }} />);
  expect(screen.getByTestId("sla-due")).toHaveTextContent("in 3 working hours");
  expect(screen.getByTestId("sla-due")).toHaveAttribute("data-overdue", "false");
});

test("a wall-clock SLA counts plain days, and a passed one is overdue", () => {
  const { rerender } = render(<SlaDue sla={{ due_at: "2025-03-10T09:00:00Z", clock: "wall", remaining_seconds: 2 * 86400, overdue: false }} />);
  expect(screen.getByTestId("sla-due")).toHaveTextContent("in 2 days");
  rerender(<SlaDue sla={{ due_at: "2025-03-10T09:00:00Z", clock: "working", remaining_seconds: -60, overdue: true }} />);
  expect(screen.getByTestId("sla-due")).toHaveTextContent("overdue since");
  expect(screen.getByTestId("sla-due")).toHaveAttribute("data-overdue", "true");
});
