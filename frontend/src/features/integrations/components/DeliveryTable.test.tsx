import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import type { Delivery } from "../api/deliveries";
import { DeliveryTable } from "./DeliveryTable";

afterEach(() => vi.unstubAllGlobals());

const delivery: Delivery = {
  id: 41,
  key: "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
  webhook_id: 5,
  event_id: 9,
  ticket_id: 12,
  ticket_serial: "REL-20261124-0001",
  ticket_title: "Release 4.2",
  workflow_key: "release",
  workflow_name: "Release",
  event: "state_entered",
  url: "https://hooks.example.com/loonflow",
  status: "failed",
  attempts: 2,
  last_status_code: 503,
  last_error: "HTTP 503",
  last_error_code: "outbound.http_status",
  next_attempt_at: null,
  created_at: "2026-11-24T10:00:00Z",
  finished_at: "2026-11-24T10:01:00Z",
};

const detail = {
  ...delivery,
  payload: { event: "state_entered", ticket: { id: 12, serial: "REL-1" } },
  attempt_log: [
    { number: 1, status_code: null, latency_ms: 3000, error: "connection timed out", response_excerpt: "", created_at: "2026-11-24T10:00:01Z" },
    { number: 2, status_code: 503, latency_ms: 120, error: "", response_excerpt: "Service Unavailable", created_at: "2026-11-24T10:00:12Z" },
  ],
};

function renderRow() {
  return renderWithProviders(
    <DeliveryTable deliveries={[delivery]} loading={false} pagination={false} webhookNames={new Map([[5, "Deploy log"]])} emptyText="none" />,
  );
}

test("a row names its ticket by serial and title, linking to it, and its workflow", () => {
  stubApi(() => undefined);
  renderRow();
  const row = screen.getByTestId("delivery-row-41");
  const link = within(row).getByRole("link", { name: "REL-20261124-0001" });
  expect(link).toHaveAttribute("href", "/tickets/12");
  expect(within(row).getByText("Release 4.2")).toBeInTheDocument();
  expect(within(row).getByText("Release")).toBeInTheDocument();
  expect(within(row).queryByText("#12")).not.toBeInTheDocument();
});

test("a row shows the event, webhook, status, attempts and response code", () => {
  stubApi(() => undefined);
  renderRow();
  const row = screen.getByTestId("delivery-row-41");
  expect(within(row).getByText("State entered")).toBeInTheDocument();
  expect(within(row).getByText("Deploy log")).toBeInTheDocument();
  expect(within(row).getByText("Failed")).toBeInTheDocument();
  expect(within(row).getByText("2")).toBeInTheDocument();
  expect(within(row).getByText("503")).toBeInTheDocument();
  expect(within(row).getByText("REL-20261124-0001")).toBeInTheDocument(); // the serial, not the id
}, 15_000);

test("opening a row shows the attempts and the request body", async () => {
  stubApi(({ path }) => (path === "/api/v1/webhooks/deliveries/41" ? { body: detail } : undefined));
  renderRow();
  await userEvent.click(within(screen.getByTestId("delivery-row-41")).getByRole("button", { name: /expand row/i }));
  const opened = await screen.findByTestId("delivery-detail-41");
  expect(within(opened).getByText("connection timed out")).toBeInTheDocument();
  expect(within(opened).getByText("Service Unavailable")).toBeInTheDocument();
  expect(within(opened).getByText("3.0 s")).toBeInTheDocument();
  expect(within(opened).getByText("120 ms")).toBeInTheDocument();
  expect(within(opened).getByText(/"serial": "REL-1"/)).toBeInTheDocument();
}, 15_000);

test("redeliver asks first, then queues the delivery again", async () => {
  const calls = stubApi(({ method, path }) =>
    method === "POST" && path === "/api/v1/webhooks/deliveries/41/redeliver"
      ? { status: 202, body: { ...delivery, status: "pending", attempts: 0 } }
      : undefined,
  );
  const user = userEvent.setup();
  renderRow();
  await user.click(screen.getByTestId("delivery-redeliver-41"));
  expect(calls.some((call) => call.path.endsWith("/redeliver"))).toBe(false);
  // The confirmation's own "Redeliver" button sends it.
  const confirm = await screen.findByRole("tooltip");
  await user.click(within(confirm).getByRole("button", { name: "Redeliver" }));
  await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path.endsWith("/redeliver"))).toBe(true));
  expect(await screen.findByText("Delivery queued again.")).toBeInTheDocument();
}, 15_000);
