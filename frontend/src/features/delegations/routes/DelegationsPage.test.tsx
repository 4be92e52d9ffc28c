import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { type Call, stubApi } from "@/test/stub-api";
import type { Delegation } from "../api/delegations";
import { DelegationsPage } from "./DelegationsPage";

vi.setConfig({ testTimeout: 30_000 });

const person = (id: number, username: string, display_name = "") => ({ id, username, display_name });
const delegation = (id: number, extra: Partial<Delegation> = {}): Delegation => ({
  id,
  delegator: person(1, "lead", "Lee Lead"),
  delegate: person(2, "bob", "Bob Li"),
  starts_at: "2026-12-01T09:00:00Z",
  ends_at: "2099-12-08T09:00:00Z",
  workflow_ids: [],
  move_waiting: false,
  moved_at: null,
  note: "",
  created_by: person(1, "lead"),
  created_at: "2026-12-01T09:00:00Z",
  cancelled_at: null,
  running: true,
  ...extra,
});

function setup(answer: (call: Call) => { status?: number; body?: unknown } | undefined = () => undefined): Call[] {
  return stubApi((call) => {
    const own = answer(call);
    if (own) return own;
    if (call.path === "/api/v1/delegations" && call.method === "GET") {
      const items = call.query.get("scope") === "all" ? [delegation(1), delegation(2, { delegator: person(5, "carol"), delegate: person(6, "dave") })] : [delegation(1)];
      return { body: { items, next_cursor: null } };
    }
    if (call.path === "/api/v1/delegations/1" && call.method === "DELETE") return { body: delegation(1, { cancelled_at: "2026-12-02T00:00:00Z", running: false }) };
    if (call.path === "/api/v1/workflows") return { body: [{ id: 7, key: "leave", name: "Leave request" }] };
    if (call.path === "/api/v1/users") return { body: { items: [person(2, "bob", "Bob Li"), person(5, "carol")], next_cursor: null } };
    return undefined;
  });
}

test("lists my delegations and ends one after a confirmation", async () => {
  const user = userEvent.setup();
  const calls = setup();
  renderWithProviders(<DelegationsPage userId={1} />);
  const row = await screen.findByTestId("delegation-row-1");
  expect(row).toHaveTextContent("Lee Lead (lead)");
  expect(row).toHaveTextContent("Bob Li (bob)");
  expect(row).toHaveTextContent("All workflows");
  expect(row).toHaveTextContent("Running");
  expect(screen.queryByTestId("delegation-scope")).not.toBeInTheDocument();  // not an admin
  await user.click(within(row).getByTestId("delegation-cancel-1"));
  await user.click(await screen.findByRole("button", { name: "OK" }));
  await waitFor(() => expect(calls.some((call) => call.method === "DELETE" && call.path === "/api/v1/delegations/1")).toBe(true));
});

test("someone standing in sees the delegation but cannot end it", async () => {
  setup();
  renderWithProviders(<DelegationsPage userId={2} />);
  const row = await screen.findByTestId("delegation-row-1");
  expect(within(row).queryByTestId("delegation-cancel-1")).not.toBeInTheDocument();
});

test("an admin switches to everyone's delegations", async () => {
  const user = userEvent.setup();
  const calls = setup();
  renderWithProviders(<DelegationsPage admin userId={99} />);
  await screen.findByTestId("delegation-row-1");
  await user.click(within(screen.getByTestId("delegation-scope")).getByText("Everyone's"));
  expect(await screen.findByTestId("delegation-row-2")).toHaveTextContent("dave");
  expect(calls.filter((call) => call.path === "/api/v1/delegations").at(-1)!.query.get("scope")).toBe("all");
});

test("a new delegation is sent with the person, period and workflows; a refusal is shown", async () => {
  const user = userEvent.setup();
  const calls = setup((call) =>
    call.path === "/api/v1/delegations" && call.method === "POST"
      ? { status: 409, body: { error: { code: "delegation_cycle", message: "This delegation would close a cycle: lead → bob → lead.", details: { cycle: ["lead", "bob", "lead"] } } } }
      : undefined,
  );
  renderWithProviders(<DelegationsPage userId={1} />);
  await user.click(await screen.findByTestId("delegation-new"));
  await user.click(within(await screen.findByTestId("delegation-delegate")).getByRole("combobox"));
  await user.click(await screen.findByTitle("Bob Li (bob)"));
  const [from, until] = [...document.querySelectorAll<HTMLInputElement>(".ant-picker-range input")];
  await user.click(from!);
  await user.type(from!, "2026-12-10 09:00{enter}");
  await user.click(until!);
  await user.type(until!, "2026-12-17 18:00{enter}");
  await user.click(screen.getByTestId("delegation-save"));
  await waitFor(() => expect(calls.some((call) => call.method === "POST")).toBe(true));
  const body = calls.find((call) => call.method === "POST")!.body as Record<string, unknown>;
  expect(body).toMatchObject({ delegate: "bob", workflow_ids: [], move_waiting: false });
  expect(String(body.starts_at)).toMatch(/^2026-12-10T/);
  expect(String(body.ends_at)).toMatch(/^2026-12-17T/);
  expect(await screen.findByText("This delegation would close a cycle: lead → bob → lead.")).toBeInTheDocument();
});
