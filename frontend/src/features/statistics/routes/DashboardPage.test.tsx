const { serve, json } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor, within } from "@testing-library/react";
import { renderWithProviders } from "@/test/render";
import type { Dashboard } from "../types";
import { DashboardPage } from "./DashboardPage";

const sample: Dashboard = {
  from_day: "2026-03-01",
  to_day: "2026-03-03",
  summary: { opened: 5, finished: 2, open_now: 3, sla_breaches: 4 },
  per_day: [
    { day: "2026-03-01", opened: 2, finished: 0 },
    { day: "2026-03-02", opened: 3, finished: 2 },
    { day: "2026-03-03", opened: 0, finished: 0 },
  ],
  backlog_by_state: [{ workflow_id: 1, workflow: "Leave request", state: "lead_review", state_name: "Leader review", count: 3 }],
  backlog_by_person: [{ user_id: 7, username: "lead", name: "Lena Lead", count: 3 }],
  sla_breaches: [{ workflow_id: 1, workflow: "Leave request", count: 4 }],
  slowest_states: [
    { workflow_id: 1, workflow: "Leave request", state: "lead_review", state_name: "Leader review", visits: 2, median_seconds: 3600, p90_seconds: 7200 },
  ],
};

function serveSample(seen: string[]) {
  serve((request) => {
    const { pathname, search } = new URL(request.url);
    if (pathname === "/api/v1/statistics") {
      seen.push(search);
      return json(sample);
    }
    return json({ error: { code: "not_found", message: "?" } }, 404);
  });
}

test("the period comes from the URL; the summary and a CSV link per chart follow it", async () => {
  const seen: string[] = [];
  serveSample(seen);
  renderWithProviders(<DashboardPage />, { path: "/dashboard", route: "/dashboard?from=2026-03-01&to=2026-03-03" });

  const summary = await screen.findByTestId("dashboard-summary");
  expect(within(summary).getByText("Tickets opened").closest(".ant-statistic")).toHaveTextContent("5");
  expect(within(summary).getByText("Open now").closest(".ant-statistic")).toHaveTextContent("3");
  expect(within(summary).getByText("SLA breaches").closest(".ant-statistic")).toHaveTextContent("4");
  expect(seen).toEqual(["?from=2026-03-01&to=2026-03-03"]);
  for (const chart of ["per_day", "backlog_by_state", "backlog_by_person", "sla_breaches", "slowest_states"]) {
    expect(screen.getByTestId(`csv-${chart}`)).toHaveAttribute("href", `/api/v1/statistics/${chart}/csv?from=2026-03-01&to=2026-03-03`);
  }
  for (const title of ["Tickets per day", "Open now, by state", "Open now, by person", "SLA breaches", "Slowest states"]) {
    expect(screen.getAllByText(title).length).toBeGreaterThan(0);
  }
}, 20_000);

test("without a period in the URL it asks for the last 30 days", async () => {
  const seen: string[] = [];
  serveSample(seen);
  renderWithProviders(<DashboardPage />, { path: "/dashboard", route: "/dashboard" });
  await waitFor(() => expect(seen).toHaveLength(1));
  const query = new URLSearchParams(seen[0]);
  const days = (Date.parse(query.get("to")!) - Date.parse(query.get("from")!)) / 86_400_000;
  expect(days).toBe(29);
}, 20_000);

test("an empty tenant explains instead of drawing empty charts", async () => {
  serve(() =>
    json({
      ...sample,
      summary: { opened: 0, finished: 0, open_now: 0, sla_breaches: 0 },
      backlog_by_state: [],
      backlog_by_person: [],
      sla_breaches: [],
      slowest_states: [],
    }),
  );
  renderWithProviders(<DashboardPage />, { path: "/dashboard", route: "/dashboard" });
  expect(await screen.findByText("No tickets were created or finished in this period.")).toBeInTheDocument();
  expect(screen.getAllByText("Nothing is open.")).toHaveLength(2);
  expect(screen.getByText("No SLA breaches in this period.")).toBeInTheDocument();
}, 20_000);
