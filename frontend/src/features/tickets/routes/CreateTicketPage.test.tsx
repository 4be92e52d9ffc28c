import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type Call, type Route, json, renderRoutes, stubApi } from "../test-utils";
import type { WorkflowInit } from "../types";

// antd widgets under jsdom are slow on a busy machine: give each test room.
vi.setConfig({ testTimeout: 20_000 });

const init: WorkflowInit = {
  workflow_id: 1,
  key: "leave",
  name: "Leave request",
  version: 1,
  can_create: true,
  start_state: { key: "draft", name: "Draft" },
  fields: [
    {
      permission: "required",
      field: { key: "leave_type", label: "Type", type: "select", order: 1, default: "annual", required: true, help_text: "", placeholder: "", choices: [
        { value: "annual", label: "Annual" },
        { value: "sick", label: "Sick" },
      ] },
    },
    { permission: "required", field: { key: "days", label: "Days", type: "int", order: 3, required: true, help_text: "Working days", placeholder: "", validation: { min: "1", max: "60" } } },
    { permission: "optional", field: { key: "reason", label: "Reason", type: "text", order: 4, required: false, help_text: "", placeholder: "" } },
    { permission: "read_only", field: { key: "policy", label: "Policy", type: "string", order: 5, required: false, help_text: "", placeholder: "", default: "v3" } },
  ],
  transitions: [
    { key: "submit", name: "Submit", attribute: "agree", confirm_text: "", check_required_fields: true },
    { key: "urgent", name: "Submit as urgent", attribute: "other", confirm_text: "Page the leader now?", check_required_fields: true },
  ],
};

let calls: Call[];
const posts = () => calls.filter((call) => call.method === "POST" && call.url.pathname === "/api/v1/tickets");

function setup(initBody: WorkflowInit = init, create: Route[2] = json({ id: 9, serial: "LV-20260101-0009", title: "t", state: "lead_review", status: "in_progress", row_version: 2 }, 201)) {
  calls = stubApi([
    ["GET", "/api/v1/workflows/1/init", initBody],
    ["POST", "/api/v1/tickets", create],
  ]);
  return { user: userEvent.setup(), ...renderRoutes("/tickets/new/1") };
}

test("the form follows the start state: ordered fields, read-only ones disabled, defaults filled in", async () => {
  setup();
  expect(await screen.findByRole("heading", { name: "New ticket: Leave request" })).toBeInTheDocument();
  const labels = [...document.querySelectorAll(".ant-form-item-label label")].map((label) => label.textContent);
  expect(labels).toEqual(["Type", "Days", "Reason", "Policy", "Comment"]);
  expect(screen.getByLabelText("Policy")).toBeDisabled();
  expect(screen.getByLabelText("Policy")).toHaveValue("v3");
  expect(within(screen.getByTestId("field-leave_type")).getByText("Annual")).toBeInTheDocument();
  expect(screen.getByText("Working days")).toBeInTheDocument();
  expect(screen.getByTestId("create-transition-submit")).toHaveTextContent("Submit");
  expect(screen.getByTestId("create-transition-urgent")).toHaveTextContent("Submit as urgent");
});

test("a required field left empty stops the submit with a message", async () => {
  const { user } = setup();
  await user.click(await screen.findByTestId("create-transition-submit"));
  expect(await within(screen.getByTestId("field-days")).findByText("This field is required.")).toBeInTheDocument();
  expect(posts()).toHaveLength(0);
});

test("bounds are checked before sending", async () => {
  const { user } = setup();
  await user.type(await screen.findByLabelText("Days"), "99");
  await user.click(screen.getByTestId("create-transition-submit"));
  expect(await within(screen.getByTestId("field-days")).findByText("Must be at most 60.")).toBeInTheDocument();
  expect(posts()).toHaveLength(0);
});

test("submitting files the ticket and opens it", async () => {
  const { user, router } = setup();
  await user.type(await screen.findByLabelText("Days"), "2");
  await user.type(screen.getByLabelText("Reason"), "Dentist");
  await user.click(screen.getByTestId("create-transition-submit"));
  await waitFor(() => expect(router.state.location.pathname).toBe("/tickets/9"));
  expect(posts()[0]!.body).toEqual({
    workflow_id: 1,
    transition: "submit",
    comment: "",
    fields: { leave_type: "annual", days: 2, reason: "Dentist" },
  });
  expect(await screen.findByText("Ticket LV-20260101-0009 filed.")).toBeInTheDocument();
});

test("a draft needs no required fields", async () => {
  const { user, router } = setup();
  await user.click(await screen.findByTestId("create-draft"));
  await waitFor(() => expect(router.state.location.pathname).toBe("/tickets/9"));
  expect(posts()[0]!.body).toMatchObject({ transition: null, fields: { leave_type: "annual", days: null, reason: null } });
});

test("a transition with a confirmation asks first", async () => {
  const { user } = setup();
  await user.type(await screen.findByLabelText("Days"), "2");
  await user.click(screen.getByTestId("create-transition-urgent"));
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText("Page the leader now?")).toBeInTheDocument();
  expect(posts()).toHaveLength(0);
  await user.click(within(dialog).getByRole("button", { name: "Confirm" }));
  await waitFor(() => expect(posts()).toHaveLength(1));
  expect(posts()[0]!.body).toMatchObject({ transition: "urgent" });
});

test("the server's problems land on their fields", async () => {
  const { user } = setup(
    init,
    json(
      {
        error: {
          code: "invalid_fields",
          message: "Some field values are not valid.",
          details: [
            { field: "fields.days", loc: ["body", "fields", "days"], message: "Too many days for your balance.", type: "invalid_value" },
            { field: "transition", message: "Daily limit reached.", type: "invalid" },
          ],
        },
      },
      422,
    ),
  );
  await user.type(await screen.findByLabelText("Days"), "5");
  await user.click(screen.getByTestId("create-transition-submit"));
  expect(await within(screen.getByTestId("field-days")).findByText("Too many days for your balance.")).toBeInTheDocument();
  expect(screen.getByText("transition: Daily limit reached.")).toBeInTheDocument();
});

test("a workflow one may not start says so", async () => {
  setup({ ...init, can_create: false });
  expect(await screen.findByText("You cannot start this workflow")).toBeInTheDocument();
  expect(screen.queryByTestId("new-ticket-form")).not.toBeInTheDocument();
});
