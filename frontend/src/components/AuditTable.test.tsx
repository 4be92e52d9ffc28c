import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { type AuditRecord, AuditTable, auditExportUrl } from "./AuditTable";

const record: AuditRecord = {
  id: 7,
  at: "2026-12-01T10:00:00Z",
  actor_kind: "app",
  actor_user_id: 3,
  actor_name: "hr-system",
  app_name: "hr-system",
  acting_for: "boss",
  address: "203.0.113.9",
  action: "role.update",
  target_type: "role",
  target_id: "4",
  target_label: "Internal audit",
  before: { name: "Auditors", secret: "***" },
  after: { name: "Internal audit", secret: "***" },
  request_id: "abc",
  prev_hash: "0".repeat(64),
  hash: "1".repeat(64),
};

test("a row names who (and for whom), from where, what and the target", () => {
  renderWithProviders(<AuditTable records={[record]} loading={false} pagination={false} />);
  const row = screen.getByText("role.update").closest("tr") as HTMLElement;
  expect(within(row).getByText("hr-system → boss")).toBeInTheDocument();
  expect(within(row).getByText("203.0.113.9")).toBeInTheDocument();
  expect(within(row).getByText("role: Internal audit")).toBeInTheDocument();
});

test("opening a row shows before → after, secrets as the API sent them", async () => {
  renderWithProviders(<AuditTable records={[record]} loading={false} pagination={false} />);
  await userEvent.click(screen.getByText("role.update"));
  const diff = await screen.findByTestId("audit-diff");
  expect(diff).toHaveTextContent('name: "Auditors" → "Internal audit"');
  expect(diff).toHaveTextContent('secret: "***" → "***"');
});

test("the export address carries the filters", () => {
  expect(auditExportUrl("/api/v1/audit", { action: "role", q: "" }, "csv")).toBe("/api/v1/audit/export?format=csv&action=role");
});
