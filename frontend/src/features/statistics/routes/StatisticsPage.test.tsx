const { serve, json } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { choices, sampleStatistics } from "../testing/samples";
import { StatisticsPage } from "./StatisticsPage";

const document = { states: [{ key: "hr_review", name: "HR review", type: "normal" }] };

function serveSample(seen: string[] = []) {
  serve((request) => {
    const { pathname, search } = new URL(request.url);
    if (pathname === "/api/v1/workflows") return json(choices);
    if (pathname.endsWith("/statistics")) {
      seen.push(pathname + search);
      return json(sampleStatistics);
    }
    if (pathname.includes("/versions/")) return json({ number: 1, status: "published", document });
    return json({ error: { code: "not_found", message: "?" } }, 404);
  });
}

test("the first workflow's last 30 days: summary numbers and every chart", async () => {
  const seen: string[] = [];
  serveSample(seen);
  const { router } = renderWithProviders(<StatisticsPage />, { path: "/insight", route: "/insight" });

  const summary = await screen.findByTestId("statistics-summary");
  await waitFor(() => expect(within(summary).getByText("Tickets created").closest(".ant-statistic")).toHaveTextContent("3"));
  expect(within(summary).getByText("SLA breaches").closest(".ant-statistic")).toHaveTextContent("3");
  expect(within(summary).getByText("Still open").closest(".ant-statistic")).toHaveTextContent("1");
  expect(seen).toEqual(["/api/v1/workflows/1/statistics?days=30"]);
  for (const title of ["Tickets per day", "Tickets by status", "Time per state", "SLA breaches"]) {
    expect(screen.getAllByText(title).length).toBeGreaterThan(0);
  }
  expect(screen.queryByText("No SLA breaches in this period.")).toBeNull();
  expect(screen.getByText("Leave request, over the last 30 days.")).toBeInTheDocument();
  await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe("/insight?workflow=1"));
}, 20_000);

test("the workflow and period come from the URL, and changing the period updates it", async () => {
  const seen: string[] = [];
  serveSample(seen);
  const user = userEvent.setup();
  const { router } = renderWithProviders(<StatisticsPage />, { path: "/insight", route: "/insight?workflow=2&days=7" });

  await waitFor(() => expect(seen).toEqual(["/api/v1/workflows/2/statistics?days=7"]));
  await user.click(screen.getByText("90 days"));
  await waitFor(() => expect(seen).toContain("/api/v1/workflows/2/statistics?days=90"));
  expect(router.state.location.pathname + router.state.location.search).toBe("/insight?workflow=2&days=90");
}, 20_000);

test("no tickets: the charts explain instead of drawing empty axes", async () => {
  serve((request) => {
    const { pathname } = new URL(request.url);
    if (pathname === "/api/v1/workflows") return json(choices);
    if (pathname.endsWith("/statistics")) {
      return json({ days: 30, per_day: [{ day: "2026-03-01", created: 0, finished: 0 }], per_state: [], by_status: {}, sla_breaches_per_day: [], sla_breaches_by_state: [] });
    }
    return json({ number: 1, document: { states: [] } });
  });
  renderWithProviders(<StatisticsPage />, { path: "/insight", route: "/insight" });
  expect((await screen.findAllByText("No tickets were created or finished in this period.")).length).toBe(2);
  expect(screen.getByText("No SLA breaches in this period.")).toBeInTheDocument();
  expect(screen.getByText("No ticket has moved on from a state in this period yet.")).toBeInTheDocument();
}, 20_000);

test("an unknown workflow in the URL is said, and the first one is shown", async () => {
  serveSample();
  renderWithProviders(<StatisticsPage />, { path: "/insight", route: "/insight?workflow=99" });
  expect(await screen.findByText("There is no workflow with id 99; showing “Leave request” instead.")).toBeInTheDocument();
}, 20_000);
