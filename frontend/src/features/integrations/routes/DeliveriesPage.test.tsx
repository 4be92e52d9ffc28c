// The delivery log is filtered by what people know: the ticket's serial and the workflow key.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import { DeliveriesPage } from "./DeliveriesPage";

afterEach(() => vi.unstubAllGlobals());

test("the serial and workflow key filters reach the API", async () => {
  const calls = stubApi(({ method, path }) => {
    if (method === "GET" && path === "/api/v1/webhooks/deliveries") return { body: { items: [], next_cursor: null } };
    if (method === "GET" && path === "/api/v1/webhooks") return { body: [] };
    return undefined;
  });
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<DeliveriesPage />);
  await user.type(screen.getByTestId("delivery-filter-serial"), "REL-20261124-0001{Enter}");
  await waitFor(() =>
    expect(calls.some((call) => call.path === "/api/v1/webhooks/deliveries" && call.query.get("ticket_serial") === "REL-20261124-0001")).toBe(true),
  );
  await user.type(screen.getByTestId("delivery-filter-workflow"), "release{Enter}");
  await waitFor(() =>
    expect(
      calls.some(
        (call) => call.query.get("workflow_key") === "release" && call.query.get("ticket_serial") === "REL-20261124-0001",
      ),
    ).toBe(true),
  );
}, 20_000);
