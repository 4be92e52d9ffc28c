// Ant Design forms are slow to drive in jsdom on a busy machine: these tests get 20 s each.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import type { Tenant } from "../api/tenants";
import { TenantSettingsForm } from "./TenantSettingsForm";

afterEach(() => vi.unstubAllGlobals());

const tenant: Tenant = {
  id: 9, key: "acme", name: "Acme", status: "active", max_users: 50, max_workflows: null,
  max_attachment_bytes: 512 * 1024 * 1024, outbound_private_ranges: [], public_base_url: "",
  links_base_url: "http://acme.localhost:8000", domains: [], created_at: "2026-11-24T10:00:00Z", usage: null,
};

test("the attachment storage quota is shown and sent in MiB, and empty means the deployment's default", async () => {
  const calls = stubApi(({ method, body }) => (method === "PATCH" ? { body: { ...tenant, ...(body as object) } } : undefined));
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<TenantSettingsForm tenant={tenant} />);

  const storage = screen.getByTestId("tenant-edit-attachment-mib");
  expect(storage).toHaveValue("512");
  await user.clear(storage);
  await user.type(storage, "100");
  await user.click(screen.getByTestId("tenant-edit-save"));
  await waitFor(() => expect(calls.some((call) => call.method === "PATCH")).toBe(true));
  expect(calls.find((call) => call.method === "PATCH")?.body).toEqual({
    name: "Acme", max_users: 50, max_workflows: null, max_attachment_bytes: 100 * 1024 * 1024,
  });

  await user.clear(storage);
  await user.click(screen.getByTestId("tenant-edit-save"));
  await waitFor(() => expect(calls.filter((call) => call.method === "PATCH")).toHaveLength(2));
  expect(calls.filter((call) => call.method === "PATCH")[1]?.body).toMatchObject({ max_attachment_bytes: null });
}, 20_000);

test("the server's problem with the storage quota shows under its field", async () => {
  stubApi(({ method }) =>
    method === "PATCH"
      ? {
          status: 422,
          body: { error: { code: "validation_failed", message: "The request has invalid values.", details: [{ field: "max_attachment_bytes", loc: ["body", "max_attachment_bytes"], message: "Too large." }] } },
        }
      : undefined,
  );
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<TenantSettingsForm tenant={tenant} />);
  await user.click(screen.getByTestId("tenant-edit-save"));
  expect(await screen.findByText("Too large.")).toBeInTheDocument();
}, 20_000);
