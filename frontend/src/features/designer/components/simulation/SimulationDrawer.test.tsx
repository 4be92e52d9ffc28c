import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import type { SimulatedStep, SimulationOut } from "../../api/use-simulate";
import { choose } from "../../testing/antd";
import { richDoc } from "../../testing/documents";
import { SimulationDrawer } from "./SimulationDrawer";

vi.setConfig({ testTimeout: 20_000 });

const PATH = "/api/v1/workflows/7/simulate";
const person = (id: number, username: string) => ({ id, username, display_name: username === "lead" ? "Lee Lead" : "" });

function step(state: string, extra: Partial<SimulatedStep> = {}): SimulatedStep {
  return {
    state,
    state_name: state[0].toUpperCase() + state.slice(1),
    state_type: "normal",
    branch: "",
    handlers: [],
    handlers_total: 0,
    distribution: null,
    timers: [],
    hooks: [],
    subtickets: null,
    sla: null,
    scripts: [],
    transition_taken: null,
    ...extra,
  };
}

const FINISHED: SimulationOut = {
  steps: [
    step("start", { state_name: "Draft", state_type: "start", handlers: [person(1, "root")], handlers_total: 1, transition_taken: "submit" }),
    step("fork", { state_type: "parallel_split" }),
    step("it", { branch: "fork:to_it", handlers: [person(2, "lead")], handlers_total: 3, distribution: { kind: "countersign", required: 2 }, transition_taken: "approve" }),
    step("facilities", { branch: "fork:to_facilities", handlers: [person(3, "bob")], handlers_total: 1, distribution: { kind: "claim", required: null }, timers: [{ transition: "reject", seconds: 3600 }] }),
    step("review", { handlers: [person(2, "lead")], handlers_total: 1, distribution: { kind: "any", required: null }, hooks: [{ host: "ci.example.com", wait: true, returns_handlers: false }], sla: { seconds: 7200, clock: null, action: "remind", transition: null, warn_before_seconds: 1800 }, transition_taken: "approve" }),
    step("done", { state_name: "Done", state_type: "end" }),
  ],
  branches: [["fork:to_it", "fork:to_facilities"]],
  outcome: "finished",
  end_state: "done",
  stopped_at: null,
  message: "",
};

function open() {
  return renderWithProviders(<SimulationDrawer open onClose={() => undefined} workflowId={7} doc={richDoc()} />);
}

test("sends the form, the choices and the document being edited, then shows the path", async () => {
  const calls = stubApi((call) => (call.path === PATH ? { body: FINISHED } : undefined));
  open();
  expect(await screen.findByTestId("simulate-drawer")).toBeInTheDocument();
  fireEvent.change(screen.getByTestId("simulate-field-title"), { target: { value: "Laptop" } });
  // Review can go two ways: a select offers them; Draft (one way out) gets none.
  expect(screen.queryByTestId("simulate-choice-start")).toBeNull();
  await choose("simulate-choice-review", "Reject");
  fireEvent.click(screen.getByTestId("simulate-run"));

  await screen.findByTestId("simulate-result");
  const sent = calls.find((call) => call.path === PATH && call.method === "POST")!;
  expect(sent.body).toMatchObject({
    values: { title: "Laptop" },
    creator: null,
    choices: { review: "reject" },
    document: { states: expect.arrayContaining([expect.objectContaining({ key: "review" })]) },
  });

  expect(screen.getByTestId("simulate-outcome")).toHaveTextContent("Reaches Done");
  expect(screen.getByTestId("simulate-handlers-review")).toHaveTextContent("Lee Lead (lead)");
  expect(screen.getByTestId("simulate-step-review")).toHaveTextContent("Calls a hook on ci.example.com and waits for its answer");
  expect(screen.getByTestId("simulate-step-review")).toHaveTextContent("SLA: 2 h, then");
  expect(screen.getByTestId("simulate-step-review")).toHaveTextContent("Handlers are warned 30 min before the SLA runs out");
  // The branches run side by side, one lane each; the countersign says how many must agree of how many.
  const lanes = within(screen.getByTestId("simulate-parallel"));
  expect(lanes.getByTestId("simulate-lane-fork:to_it")).toHaveTextContent("Countersign: 2 of 3 must agree");
  expect(lanes.getByTestId("simulate-lane-fork:to_it")).toHaveTextContent("+2 more");
  expect(lanes.getByTestId("simulate-lane-fork:to_facilities")).toHaveTextContent("bob");
  expect(lanes.getByTestId("simulate-lane-fork:to_facilities")).toHaveTextContent("Timer: Reject after 1 h");
});

test("a run that stops says where and why", async () => {
  const stopped: SimulationOut = {
    ...FINISHED,
    steps: FINISHED.steps.slice(0, 1).concat(step("review")),
    branches: [],
    outcome: "no_handlers",
    end_state: null,
    stopped_at: "review",
    message: "Nobody can handle the state 'Review'.",
  };
  stubApi((call) => (call.path === PATH ? { body: stopped } : undefined));
  open();
  fireEvent.click(await screen.findByTestId("simulate-run"));
  expect(await screen.findByTestId("simulate-outcome")).toHaveTextContent("Stops at Review: nobody can handle it");
  expect(screen.getByTestId("simulate-outcome")).toHaveTextContent("Nobody can handle the state 'Review'.");
});

test("refused values are listed by field", async () => {
  const refusal = {
    error: {
      code: "invalid_fields",
      message: "Some values are not valid.",
      details: [{ loc: ["body", "fields", "title"], field: "fields.title", type: "required", message: "This field is required." }],
    },
  };
  stubApi((call) => (call.path === PATH ? { status: 422, body: refusal } : undefined));
  open();
  fireEvent.click(await screen.findByTestId("simulate-run"));
  await waitFor(() => expect(screen.getByTestId("simulate-problems")).toHaveTextContent("fields.title"));
  expect(screen.getByTestId("simulate-problems")).toHaveTextContent("This field is required.");
  expect(screen.queryByTestId("simulate-result")).toBeNull();
});
