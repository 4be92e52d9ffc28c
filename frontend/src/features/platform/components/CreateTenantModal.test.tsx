// Ant Design forms are slow to drive in jsdom on a busy machine: these tests get 20 s each.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import { CreateTenantModal } from "./CreateTenantModal";

afterEach(() => vi.unstubAllGlobals());

const created = {
  outbound_private_ranges: [], public_base_url: "", links_base_url: "http://acme.localhost:8000",
  id: 9, key: "acme", name: "Acme", status: "active", max_users: 50, max_workflows: null,
  domains: [{ id: 1, domain: "acme.localhost", is_primary: true }], created_at: "2026-11-24T10:00:00Z", usage: null,
};

test("checks the key before sending and creates the tenant with nulls for what was left empty", async () => {
  const calls = stubApi(({ method }) => (method === "POST" ? { status: 201, body: created } : undefined));
  const onCreated = vi.fn();
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<CreateTenantModal open onClose={() => {}} onCreated={onCreated} />);

  await user.type(screen.getByTestId("tenant-key"), "Acme!");
  await user.type(screen.getByTestId("tenant-name"), "Acme");
  await user.click(screen.getByTestId("tenant-create-submit"));
  expect(await screen.findByText("2–31 lower-case letters or digits, starting with a letter.")).toBeInTheDocument();
  expect(calls.filter((call) => call.method === "POST" && !call.path.endsWith("/csrf"))).toHaveLength(0);

  await user.clear(screen.getByTestId("tenant-key"));
  await user.type(screen.getByTestId("tenant-key"), "acme");
  await user.click(screen.getByText("Quotas (optional)"));
  await user.type(await screen.findByRole("spinbutton", { name: "Max. active users" }), "50");
  await user.click(screen.getByTestId("tenant-create-submit"));

  await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
  const post = calls.find((call) => call.method === "POST" && call.path === "/api/v1/platform/tenants");
  expect(post?.body).toEqual({
    key: "acme", name: "Acme", domain: null, admin_email: null,
    max_users: 50, max_workflows: null,
  });
}, 20_000);

test("shows the server's field problems and conflicts under the fields", async () => {
  let answer = {
    status: 422,
    body: { error: { code: "validation_failed", message: "The request has invalid values.", details: [{ field: "admin_password", loc: ["body", "admin_password"], message: "String should have at least 8 characters" }] } },
  };
  stubApi(({ method }) => (method === "POST" ? answer : undefined));
  const onCreated = vi.fn();
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<CreateTenantModal open onClose={() => {}} onCreated={onCreated} />);

  await user.type(screen.getByTestId("tenant-key"), "acme");
  await user.type(screen.getByTestId("tenant-name"), "Acme");
  // The admin needs a password once a username is given (checked here before the server does).
  await user.type(screen.getByTestId("tenant-admin-username"), "boss");
  await user.click(screen.getByTestId("tenant-create-submit"));
  expect(await screen.findByText("Give the admin a password.")).toBeInTheDocument();

  await user.type(screen.getByTestId("tenant-admin-password"), "longenough");
  await user.click(screen.getByTestId("tenant-create-submit"));
  expect(await screen.findByText("String should have at least 8 characters")).toBeInTheDocument();

  answer = { status: 409, body: { error: { code: "tenant_exists", message: "A tenant with key 'acme' exists.", details: null } } } as never;
  await user.click(screen.getByTestId("tenant-create-submit"));
  expect((await screen.findAllByText("A tenant with key 'acme' exists.")).length).toBeGreaterThan(0);
  expect(onCreated).not.toHaveBeenCalled();
}, 20_000);
