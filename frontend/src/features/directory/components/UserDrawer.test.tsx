import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import { UserDrawer } from "./UserDrawer";

afterEach(() => vi.unstubAllGlobals());

const lists = (path: string) =>
  path === "/api/v1/roles" ? { body: [{ id: 3, code: "hr", name: "HR", description: "", member_count: 1 }] }
  : path === "/api/v1/departments" ? { body: [] }
  : undefined;

test("creates a user and shows the server's field problems on the fields", async () => {
  const calls = stubApi(({ method, path }) =>
    method === "POST" && path === "/api/v1/users"
      ? { status: 422, body: { error: { code: "validation_failed", message: "The password is too weak.", details: [{ field: "password", loc: ["body", "password"], message: "This password is too common." }] } } }
      : lists(path),
  );
  const onClose = vi.fn();
  renderWithProviders(<UserDrawer open user={null} onClose={onClose} />);
  const user = userEvent.setup();

  // Client-side checks first: the username is required and has a pattern.
  await user.click(screen.getByTestId("user-save"));
  expect(await screen.findByText("Required.")).toBeInTheDocument();
  await user.type(screen.getByTestId("user-username"), "dora");
  await user.type(screen.getByTestId("user-display-name"), "Dora Lee");
  await user.type(screen.getByTestId("user-password"), "password");
  await user.click(screen.getByTestId("user-save"));

  expect(await screen.findByText("This password is too common.")).toBeInTheDocument();
  const post = calls.find((call) => call.method === "POST" && call.path === "/api/v1/users");
  expect(post?.body).toMatchObject({ username: "dora", display_name: "Dora Lee", password: "password", email: null, is_active: true });
  expect(onClose).not.toHaveBeenCalled();
}, 15_000);

test("editing sends only a new password when one is typed", async () => {
  const calls = stubApi(({ method, path, body }) =>
    method === "PATCH" ? { body: { ...existing, ...(body as object) } } : lists(path),
  );
  const existing = {
    id: 7, username: "bob", display_name: "Bob", email: "bob@example.com", phone: "", is_active: true,
    is_tenant_admin: false, language: "", department_ids: [], role_ids: [3], date_joined: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z",
  };
  const onClose = vi.fn();
  renderWithProviders(<UserDrawer open user={existing} onClose={onClose} />);
  expect(screen.getByTestId("user-username")).toBeDisabled();
  await userEvent.click(screen.getByTestId("user-save"));
  await waitFor(() => expect(onClose).toHaveBeenCalled());
  const patch = calls.find((call) => call.method === "PATCH");
  expect(patch?.path).toBe("/api/v1/users/7");
  expect(patch?.body).not.toHaveProperty("password");
  expect(patch?.body).toMatchObject({ display_name: "Bob", role_ids: [3], email: "bob@example.com" });
}, 15_000);
