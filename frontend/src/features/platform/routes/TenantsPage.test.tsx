import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import type { Tenant } from "../api/tenants";
import { TenantsPage } from "./TenantsPage";

afterEach(() => vi.unstubAllGlobals());

const MIB = 1024 * 1024;
const base = {
  status: "active", outbound_private_ranges: [], public_base_url: "", created_at: "2026-11-24T10:00:00Z",
  max_attachment_bytes: null, max_workflows: null, max_users: null,
};
const tenants: Tenant[] = [
  {
    ...base, id: 1, key: "fin", name: "Finance", max_users: 50, max_workflows: 10, max_attachment_bytes: 100 * MIB,
    links_base_url: "http://fin.localhost:8000", domains: [{ id: 1, domain: "fin.localhost", is_primary: true }],
    usage: { people: 12, workflows: 10, tickets: 340, attachment_bytes: 25 * MIB, read_at: "2026-12-07T09:30:00Z" },
  },
  {
    ...base, id: 2, key: "ops", name: "Operations", max_users: 5,
    links_base_url: "http://ops.localhost:8000", domains: [{ id: 2, domain: "ops.localhost", is_primary: true }], usage: null,
  },
];

test("the list shows each tenant's usage against its quotas, and when it was read", async () => {
  const calls = stubApi(({ method, path }) => (method === "GET" && path === "/api/v1/platform/tenants" ? { body: tenants } : undefined));
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<TenantsPage />, { path: "/tenants", route: "/tenants" });

  expect(await screen.findByTestId("tenant-usage-people-fin")).toHaveTextContent("12 / 50");
  expect(screen.getByTestId("tenant-usage-workflows-fin")).toHaveTextContent("10 / 10");
  expect(screen.getByTestId("tenant-usage-tickets-fin")).toHaveTextContent("340");
  expect(screen.getByTestId("tenant-usage-storage-fin")).toHaveTextContent("25.0 MB / 100.0 MB");
  // Not read yet: the quota alone, and the hint says so.
  expect(screen.getByTestId("tenant-usage-people-ops")).toHaveTextContent("— / 5");
  expect(screen.getByTestId("tenant-usage-storage-ops")).toHaveTextContent("—");
  const table = screen.getByTestId("tenant-table");
  for (const title of ["Usage", "People", "Workflows", "Tickets", "Storage"]) {
    expect(within(table).getAllByText(title).length).toBeGreaterThan(0);
  }

  await user.hover(screen.getByTestId("tenant-usage-tickets-fin"));
  expect(await screen.findByText(/^As of 2026-12-07 \d\d:\d\d \(.+\)$/)).toBeInTheDocument();
  await user.hover(screen.getByTestId("tenant-usage-people-ops"));
  expect(await screen.findByText("Not read yet")).toBeInTheDocument();

  // One request for the whole list.
  expect(calls.filter((call) => call.path.startsWith("/api/v1/platform/tenants"))).toHaveLength(1);
}, 20_000);
