const { serve, json } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { leave } from "../testing/samples";
import { WorkflowSettingsForm } from "./WorkflowSettingsForm";

const user = (id: number, username: string, display_name: string) => ({
  id,
  username,
  display_name,
  email: "",
  phone: "",
  is_active: true,
  is_tenant_admin: false,
  department_ids: [],
  role_ids: [],
  date_joined: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
});

test("admins show by name; saving sends the changed settings", async () => {
  const patches: unknown[] = [];
  serve(async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === "/api/v1/users/4") return json(user(4, "lead", "Lena Lead"));
    if (pathname === "/api/v1/users") return json({ items: [user(4, "lead", "Lena Lead"), user(5, "carol", "Carol")], next_cursor: null });
    if (request.method === "PATCH") {
      const body = await request.json();
      patches.push(body);
      return json({ ...leave, ...body, updated_at: "2026-03-01T00:00:00Z" });
    }
    return json({}, 404);
  });
  const u = userEvent.setup();
  renderWithProviders(<WorkflowSettingsForm workflow={{ ...leave, admin_ids: [4] }} />);

  expect(await screen.findByText("Lena Lead (lead)")).toBeInTheDocument();
  expect(screen.getByTestId("settings-save")).toBeDisabled();
  const name = screen.getByLabelText("Name");
  await u.clear(name);
  await u.type(name, "Time off");
  await u.click(screen.getByTestId("settings-save"));

  await waitFor(() => expect(patches).toHaveLength(1));
  expect(patches[0]).toEqual({ name: "Time off", category: "HR", description: "Time off", admin_ids: [4] });
  expect(await screen.findByText("Settings saved.")).toBeInTheDocument();
}, 20_000);

test("the server's field problems land on the fields", async () => {
  serve((request) => {
    if (request.method === "PATCH") {
      return json({ error: { code: "validation_failed", message: "Invalid.", details: [{ field: "category", message: "Too long for us." }] } }, 422);
    }
    return json({ items: [], next_cursor: null });
  });
  const u = userEvent.setup();
  renderWithProviders(<WorkflowSettingsForm workflow={leave} />);
  await u.type(screen.getByLabelText(/Category/), "x");
  await u.click(screen.getByTestId("settings-save"));
  expect(await screen.findByText("Too long for us.")).toBeInTheDocument();
}, 20_000);
