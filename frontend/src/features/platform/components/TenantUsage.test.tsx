import { act, screen } from "@testing-library/react";
import i18n from "@/lib/i18n";
import { renderWithProviders } from "@/test/render";
import type { Tenant } from "../api/tenants";
import { TenantUsage, usageText } from "./TenantUsage";

const MIB = 1024 * 1024;
const tenant: Tenant = {
  id: 9, key: "acme", name: "Acme", status: "active", max_users: 50, max_workflows: null,
  max_attachment_bytes: 512 * MIB, outbound_private_ranges: [], public_base_url: "",
  links_base_url: "http://acme.localhost:8000", domains: [], created_at: "2026-11-24T10:00:00Z",
  usage: { people: 12, workflows: 3, tickets: 1234, attachment_bytes: 1.5 * MIB, read_at: "2026-12-07T09:30:00Z" },
};

afterEach(async () => {
  vi.useRealTimers();
  await act(async () => {
    await i18n.changeLanguage("en");
  });
});

test("each figure reads against its quota when the tenant has one, alone otherwise", () => {
  expect(usageText(tenant, "people", "en")).toBe("12 / 50");
  expect(usageText(tenant, "workflows", "en")).toBe("3");
  expect(usageText(tenant, "tickets", "en")).toBe("1,234");
  expect(usageText(tenant, "storage", "en")).toBe("1.5 MB / 512.0 MB");
  expect(usageText({ ...tenant, max_attachment_bytes: null }, "storage", "en")).toBe("1.5 MB");
  // Not read yet: the quota still shows.
  expect(usageText({ ...tenant, usage: null }, "people", "en")).toBe("— / 50");
  expect(usageText({ ...tenant, usage: null }, "tickets", "en")).toBe("—");
});

test("the tenant page shows the usage and when it was read, in either language", async () => {
  vi.useFakeTimers({ now: new Date("2026-12-07T09:33:00Z"), toFake: ["Date"] });
  const { unmount } = renderWithProviders(<TenantUsage tenant={tenant} />);
  expect(await screen.findByTestId("tenant-usage-people-acme")).toHaveTextContent("12 / 50");
  expect(screen.getByTestId("tenant-usage-storage-acme")).toHaveTextContent("1.5 MB / 512.0 MB");
  expect(screen.getByTestId("tenant-usage-read-at")).toHaveTextContent(/^As of 2026-12-07 \d\d:\d\d \(3 minutes ago\)$/);
  unmount();

  await act(async () => {
    await i18n.changeLanguage("zh-CN");
  });
  renderWithProviders(<TenantUsage tenant={{ ...tenant, usage: null }} />);
  expect(await screen.findByTestId("tenant-usage-read-at")).toHaveTextContent("尚未统计");
  expect(screen.getByText("人员")).toBeInTheDocument();
  expect(screen.getByTestId("tenant-usage-people-acme")).toHaveTextContent("— / 50");
});
