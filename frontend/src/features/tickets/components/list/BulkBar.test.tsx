import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type Call, renderRoutes, sampleTicket, stubApi } from "../../test-utils";
import type { TicketSummary } from "../../types";

// antd widgets under jsdom are slow on a busy machine: give each test room.
vi.setConfig({ testTimeout: 20_000 });

const QUICK = [
  { key: "lead_approve", name: "Approve", attribute: "agree" },
  { key: "lead_reject", name: "Reject", attribute: "reject" },
];
const step = (extra: Record<string, unknown> = {}) => ({ branch: "", state: { key: "lead_review", name: "Leader review" }, role: "handler", quick: QUICK, ...extra });
const todo = (id: number, extra: Partial<TicketSummary> = {}) => sampleTicket(id, { my_steps: [step()], ...extra });

let calls: Call[];
const bulkCalls = () => calls.filter((call) => call.method === "POST" && call.url.pathname === "/api/v1/tickets/bulk-handle");

function setup(items: TicketSummary[], answer: (body: { tickets: { id: number }[] }) => unknown) {
  calls = stubApi([
    ["GET", "/api/v1/tickets", { items, next_cursor: null }],
    ["GET", "/api/v1/workflows", []],
    ["POST", "/api/v1/tickets/bulk-handle", ({ body }) => answer(body as { tickets: { id: number }[] })],
  ]);
  return { user: userEvent.setup(), ...renderRoutes("/tickets?view=todo") };
}

const checkbox = (serial: string) => screen.getByRole("checkbox", { name: `Select ${serial}` });

test("rows that need no field offer approve and reject, and can be selected; others cannot", async () => {
  const needsFields = todo(3, { my_steps: [step({ quick: [] })] });
  const delegated = todo(2, { my_steps: [step({ on_behalf_of: { id: 9, username: "lead", display_name: "Lee Lead" } })] });
  setup([todo(1), delegated, needsFields], () => ({ results: [], succeeded: 0, failed: 0 }));
  await screen.findByText("Leave 1");
  expect(screen.getByTestId("quick-agree-1")).toHaveTextContent("Approve");
  expect(screen.getByTestId("quick-reject-1")).toHaveTextContent("Reject");
  expect(screen.queryByTestId("quick-agree-3")).not.toBeInTheDocument();
  expect(checkbox("LV-20260101-0001")).toBeEnabled();
  expect(checkbox("LV-20260101-0003")).toBeDisabled();
  expect(screen.getByTestId("on-behalf-2")).toHaveTextContent("for Lee Lead");
});

test("approving the selected rows sends one request and shows each ticket's result", async () => {
  const { user, router } = setup([todo(1), todo(2)], (body) => ({
    results: [
      { id: body.tickets[0].id, ok: true, transition: "lead_approve", state: "approved", status: "finished", row_version: 3 },
      { id: body.tickets[1].id, ok: false, transition: "lead_approve", error: { code: "ticket_closed", message: "The ticket is finished.", status: 409 } },
    ],
    succeeded: 1,
    failed: 1,
  }));
  await screen.findByText("Leave 1");
  await user.click(checkbox("LV-20260101-0001"));
  await user.click(checkbox("LV-20260101-0002"));
  expect(router.state.location.pathname).toBe("/tickets");  // selecting does not open the ticket
  expect(screen.getByTestId("bulk-bar")).toHaveTextContent("2 tickets selected");
  await user.type(screen.getByLabelText("Comment (optional)"), "fine");
  await user.click(screen.getByTestId("bulk-agree"));
  await user.click(await screen.findByTestId("bulk-confirm-agree"));
  await waitFor(() => expect(bulkCalls()).toHaveLength(1));
  expect(bulkCalls()[0].body).toEqual({
    tickets: [
      { id: 1, row_version: 2 },
      { id: 2, row_version: 2 },
    ],
    attribute: "agree",
    comment: "fine",
  });
  const results = await screen.findByTestId("bulk-results");
  expect(within(results).getByTestId("bulk-ok-1")).toHaveTextContent("Done");
  expect(within(results).getByTestId("bulk-failed-2")).toHaveTextContent("This ticket is already finished.");
  expect(screen.getByText("Done: 1, not done: 1")).toBeInTheDocument();
  expect(screen.queryByTestId("bulk-bar")).not.toBeInTheDocument();  // the selection is cleared
});

test("a row's reject button takes that row's transition after a confirmation, without opening it", async () => {
  const { user, router } = setup([todo(1)], () => ({
    results: [{ id: 1, ok: true, transition: "lead_reject", state: "rejected", status: "finished", row_version: 3 }],
    succeeded: 1,
    failed: 0,
  }));
  await screen.findByText("Leave 1");
  await user.click(screen.getByTestId("quick-reject-1"));
  await user.click(await screen.findByTestId("quick-confirm-1"));
  await waitFor(() => expect(bulkCalls()).toHaveLength(1));
  expect(bulkCalls()[0].body).toEqual({ tickets: [{ id: 1, row_version: 2 }], transition: "lead_reject", comment: "" });
  expect(router.state.location.pathname).toBe("/tickets");
});
