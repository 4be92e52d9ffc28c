import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import dayjs from "dayjs";
import { type Call, json, renderRoutes, sampleTicket, stubApi } from "../test-utils";
import type { FlowLogEntry, Steps, TicketAction, TicketDetail } from "../types";

// antd widgets under jsdom are slow on a busy machine: give each test room.
vi.setConfig({ testTimeout: 20_000 });

const detail: TicketDetail = {
  ...sampleTicket(7, { title: "Alice Wang: annual leave, 2 day(s)", updated_at: "2026-01-01T09:05:00Z" }),
  version: 1,
  parent_id: null,
  handlers: [{ id: 1, username: "lead", display_name: "Lee Lead", kind: "handler", branch: "" }],
  fields: [
    { key: "leave_type", label: "Type", type: "select", permission: "read_only", value: "annual", field: { key: "leave_type", label: "Type", type: "select", required: true, order: 1, help_text: "", placeholder: "", choices: [{ value: "annual", label: "Annual" }] } },
    { key: "start_date", label: "First day", type: "date", permission: "read_only", value: "2026-12-21", field: { key: "start_date", label: "First day", type: "date", required: false, order: 0, help_text: "", placeholder: "" } },
    { key: "backup", label: "Backup", type: "user", permission: "read_only", value: "bob", field: { key: "backup", label: "Backup", type: "user", required: false, order: 0, help_text: "", placeholder: "" } },
    { key: "note", label: "Leader note", type: "text", permission: "optional", value: null, field: { key: "note", label: "Leader note", type: "text", required: false, order: 0, help_text: "", placeholder: "" } },
  ],
};

const init = {
  workflow_id: 1, key: "leave", name: "Leave request", version: 1, can_create: true, start_state: { key: "draft", name: "Draft" }, transitions: [],
  fields: [{ permission: "required", field: { key: "leave_type", label: "Type", type: "select", required: true, order: 1, help_text: "", placeholder: "", choices: [{ value: "annual", label: "Annual" }] } }],
};

const steps: Steps = {
  states: [
    { key: "draft", name: "Draft", type: "start", current: false, visited: true },
    { key: "lead_review", name: "Leader review", type: "normal", current: true, visited: true },
    { key: "approved", name: "Approved", type: "end", current: false, visited: false },
    { key: "rejected", name: "Rejected", type: "end", current: false, visited: false },
  ],
  transitions: [
    { key: "submit", name: "Submit", source: "draft", target: "lead_review" },
    { key: "lead_approve", name: "Approve", source: "lead_review", target: "approved" },
    { key: "lead_reject", name: "Reject", source: "lead_review", target: "rejected" },
  ],
  path: ["draft", "lead_review"],
};

const log: FlowLogEntry[] = [
  { id: 1, action: "create", actor: { id: 3, username: "alice", display_name: "Alice Wang" }, via_app: "", transition: "submit", from_state: "draft", to_state: "lead_review", comment: "Family trip", branch: "", changed_fields: {}, field_changes: [], created_at: "2026-01-01T09:00:00Z" },
  { id: 2, action: "update_fields", actor: { id: 1, username: "lead", display_name: "Lee Lead" }, via_app: "", transition: "", from_state: "lead_review", to_state: "lead_review", comment: "", branch: "", changed_fields: { leave_type: "annual", backup: "bob" }, field_changes: [{ field: "leave_type", old: null, new: "annual" }, { field: "backup", old: "carol", new: "bob" }], created_at: "2026-01-01T09:10:00Z" },
];

const approve: TicketAction = { action: "handle", transition: "lead_approve", name: "Approve", attribute: "agree", confirm_text: "" };
const reject: TicketAction = { action: "handle", transition: "lead_reject", name: "Reject", attribute: "reject", confirm_text: "Reject this leave?" };

let calls: Call[];
const posted = (path: string) => calls.filter((call) => call.method === "POST" && call.url.pathname === path);

type Overrides = { handle?: Response; ticket?: TicketDetail; steps?: Steps; log?: FlowLogEntry[] };

function setup(actions: TicketAction[], overrides: Overrides = {}) {
  calls = stubApi([
    ["GET", "/api/v1/tickets/7", overrides.ticket ?? detail],
    ["GET", "/api/v1/tickets/7/actions", actions],
    ["GET", "/api/v1/tickets/7/flow-log", overrides.log ?? log],
    ["GET", "/api/v1/tickets/7/steps", overrides.steps ?? steps],
    ["GET", "/api/v1/workflows/1/init", init],
    ["GET", "/api/v1/users", ({ url }) => ({
      items: [
        { id: 4, username: "bob", display_name: "Bob Li" },
        { id: 5, username: "carol", display_name: "Carol Zhang" },
      ].filter((user) => !url.searchParams.get("q") || user.username.includes(url.searchParams.get("q")!)),
      next_cursor: null,
    })],
    ["POST", "/api/v1/tickets/7/handle", overrides.handle ?? json({ id: 7, serial: detail.serial, title: detail.title, state: "approved", status: "finished", row_version: 3 })],
    ["PATCH", "/api/v1/tickets/7/fields", { id: 7, serial: detail.serial, title: detail.title, state: "lead_review", status: "in_progress", row_version: 3 }],
    ["POST", /^\/api\/v1\/tickets\/7\/(deliver|consult|consult-reply|comments|accept|withdraw)$/, { id: 7, serial: detail.serial, title: detail.title, state: "lead_review", status: "in_progress", row_version: 3 }],
  ]);
  return { user: userEvent.setup(), ...renderRoutes("/tickets/7") };
}

test("the ticket shows who, where and what, read-only values formatted", async () => {
  setup([{ action: "comment" }]);
  expect(await screen.findByTestId("ticket-title")).toHaveTextContent("Alice Wang: annual leave, 2 day(s)");
  expect(screen.getByTestId("ticket-state")).toHaveTextContent("Leader review");
  expect(screen.getByTestId("ticket-status")).toHaveTextContent("In progress");
  expect(screen.getByTestId("ticket-handlers")).toHaveTextContent("Lee Lead");
  // The choice's label comes from the workflow's definition; the user's name from the directory.
  expect(await within(screen.getByTestId("field-value-leave_type")).findByText("Annual")).toBeInTheDocument();
  expect(screen.getByTestId("field-value-start_date")).toHaveTextContent("2026-12-21");
  expect(await within(screen.getByTestId("field-value-backup")).findByText("Bob Li")).toBeInTheDocument();
  // History with state names, and the graph with the current state marked.
  const history = screen.getByTestId("flow-log");
  expect(within(history).getByText("created the ticket")).toBeInTheDocument();
  expect(within(history).getByText("Draft → Leader review")).toBeInTheDocument();
  expect(within(history).getByText("Family trip")).toBeInTheDocument();
  // What the leader changed, labelled and formatted from the ticket's field definitions.
  expect(within(history).getByTestId("field-change-leave_type")).toHaveTextContent("Type:—→Annual");
  expect(await within(history).findByText("Carol Zhang")).toBeInTheDocument();
  expect(await screen.findByTestId("graph-node-lead_review")).toHaveAttribute("aria-current", "step");
});

test("exactly the actions the server offers are shown", async () => {
  setup([approve, reject, { action: "deliver" }, { action: "consult" }, { action: "comment" }]);
  expect(await screen.findByTestId("handle-transition-lead_approve")).toHaveTextContent("Approve");
  expect(screen.getByTestId("handle-transition-lead_reject")).toHaveTextContent("Reject");
  for (const action of ["deliver", "consult", "comment"]) expect(screen.getByTestId(`action-${action}`)).toBeInTheDocument();
  for (const action of ["accept", "consult_reply", "withdraw", "close", "force_state"]) {
    expect(screen.queryByTestId(`action-${action}`)).not.toBeInTheDocument();
  }
  // The editable field moved into the handle panel.
  expect(within(screen.getByTestId("handle-panel")).getByLabelText("Leader note")).toBeEnabled();
});

test("a candidate sees claim, and no transitions", async () => {
  setup([{ action: "accept" }, { action: "comment" }]);
  expect(await screen.findByTestId("action-accept")).toHaveTextContent("Claim");
  expect(screen.queryByTestId("handle-panel")).not.toBeInTheDocument();
});

test("taking a transition sends the comment, the editable fields and If-Match", async () => {
  const { user } = setup([approve, reject, { action: "comment" }]);
  await user.type(await screen.findByLabelText("Leader note"), "Covered by Bob");
  await user.type(screen.getByTestId("handle-comment"), "Enjoy");
  await user.click(screen.getByTestId("handle-transition-lead_approve"));
  await waitFor(() => expect(posted("/api/v1/tickets/7/handle")).toHaveLength(1));
  const call = posted("/api/v1/tickets/7/handle")[0]!;
  expect(call.body).toEqual({ transition: "lead_approve", comment: "Enjoy", fields: { note: "Covered by Bob" } });
  expect(call.headers.get("If-Match")).toBe('"2"');
  expect(await screen.findByText("Done: Approve.")).toBeInTheDocument();
});

test("a transition with a confirmation text asks first", async () => {
  const { user } = setup([approve, reject]);
  await user.click(await screen.findByTestId("handle-transition-lead_reject"));
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText("Reject this leave?")).toBeInTheDocument();
  expect(posted("/api/v1/tickets/7/handle")).toHaveLength(0);
  await user.click(within(dialog).getByRole("button", { name: "Confirm" }));
  await waitFor(() => expect(posted("/api/v1/tickets/7/handle")).toHaveLength(1));
  expect(posted("/api/v1/tickets/7/handle")[0]!.body).toMatchObject({ transition: "lead_reject" });
});

test("someone else's change first (412) is explained", async () => {
  const { user } = setup([approve], {
    handle: json({ error: { code: "precondition_failed", message: "The ticket changed since you loaded it.", details: { current_version: 3 } } }, 412),
  });
  await user.click(await screen.findByTestId("handle-transition-lead_approve"));
  expect(await screen.findByText(/Someone changed this ticket meanwhile/)).toBeInTheDocument();
});

test("deliver picks a person and passes the turn", async () => {
  const { user } = setup([approve, { action: "deliver" }, { action: "comment" }]);
  await user.click(await screen.findByTestId("action-deliver"));
  const dialog = await screen.findByRole("dialog");
  await user.click(within(dialog).getByRole("combobox"));
  await user.type(within(dialog).getByRole("combobox"), "bob");
  await user.click(await screen.findByTitle("Bob Li (bob)"));
  await user.type(within(dialog).getByTestId("dialog-comment"), "You know this one");
  await user.click(within(dialog).getByRole("button", { name: "Hand over" }));
  await waitFor(() => expect(posted("/api/v1/tickets/7/deliver")).toHaveLength(1));
  expect(posted("/api/v1/tickets/7/deliver")[0]!.body).toEqual({ to: "bob", comment: "You know this one" });
  expect(await screen.findByText("Ticket handed over.")).toBeInTheDocument();
});

test("a comment needs text", async () => {
  const { user } = setup([{ action: "comment" }]);
  await user.click(await screen.findByTestId("action-comment"));
  const dialog = await screen.findByRole("dialog");
  await user.click(within(dialog).getByRole("button", { name: "Add comment" }));
  expect(await within(dialog).findByText("Please write a comment.")).toBeInTheDocument();
  await user.type(within(dialog).getByTestId("dialog-comment"), "Looks fine");
  await user.click(within(dialog).getByRole("button", { name: "Add comment" }));
  await waitFor(() => expect(posted("/api/v1/tickets/7/comments")).toHaveLength(1));
  expect(posted("/api/v1/tickets/7/comments")[0]!.body).toEqual({ comment: "Looks fine" });
});

test("a ticket that is not mine to see is a 404 page", async () => {
  stubApi([["GET", "/api/v1/tickets/8", json({ error: { code: "not_found", message: "No ticket" } }, 404)]]);
  renderRoutes("/tickets/8");
  expect(await screen.findByText("Ticket not found")).toBeInTheDocument();
});

// The same leave, split after the leader's review into an IT and a facilities branch that meet again
// at "join"; the leader handles both.
const lead = { id: 1, username: "lead", display_name: "Lee Lead", kind: "handler" };
const carol = { id: 5, username: "carol", display_name: "Carol Zhang", kind: "candidate" };
const forked: TicketDetail = {
  ...detail,
  state: { key: "fork", name: "Fork" },
  handlers: [
    { ...lead, branch: "fork:to_it" },
    { ...lead, branch: "fork:to_fac" },
  ],
  branches: [
    { key: "fork:to_it", state: { key: "it_review", name: "IT" }, status: "active", entered_at: "2026-01-02T10:00:00Z", handlers: [{ ...lead, branch: "fork:to_it" }] },
    { key: "fork:to_fac", state: { key: "fac_review", name: "Facilities" }, status: "active", entered_at: "2026-01-02T10:00:00Z", handlers: [{ ...lead, branch: "fork:to_fac" }, { ...carol, branch: "fork:to_fac" }] },
    { key: "fork:to_hr", state: { key: "join", name: "Join" }, status: "arrived", entered_at: "2026-01-02T11:00:00Z", handlers: [] },
  ],
};
const forkedSteps: Steps = {
  states: [
    { key: "lead_review", name: "Leader review", type: "normal", current: false, visited: true },
    { key: "fork", name: "Fork", type: "parallel_split", current: false, visited: true },
    { key: "it_review", name: "IT", type: "normal", current: true, visited: true },
    { key: "fac_review", name: "Facilities", type: "normal", current: true, visited: true },
    { key: "hr_note", name: "HR note", type: "normal", current: false, visited: true },
    { key: "join", name: "Join", type: "parallel_join", current: false, visited: false },
    { key: "approved", name: "Approved", type: "end", current: false, visited: false },
  ],
  transitions: [
    { key: "lead_approve", name: "Approve", source: "lead_review", target: "fork" },
    { key: "to_it", name: "To IT", source: "fork", target: "it_review" },
    { key: "to_fac", name: "To facilities", source: "fork", target: "fac_review" },
    { key: "to_hr", name: "To HR", source: "fork", target: "hr_note" },
    { key: "it_ok", name: "IT ok", source: "it_review", target: "join" },
    { key: "fac_ok", name: "Facilities ok", source: "fac_review", target: "join" },
    { key: "hr_ok", name: "Noted", source: "hr_note", target: "join" },
    { key: "done", name: "Done", source: "join", target: "approved" },
  ],
  path: ["lead_review", "fork"],
  branches: [
    { key: "fork:to_it", state: "it_review", status: "active" },
    { key: "fork:to_fac", state: "fac_review", status: "active" },
    { key: "fork:to_hr", state: "join", status: "arrived" },
  ],
};
const forkedLog: FlowLogEntry[] = [
  ...log,
  { ...log[0]!, id: 3, action: "transition", actor: { id: 6, username: "hr", display_name: "Hana HR" }, transition: "hr_ok", from_state: "hr_note", to_state: "join", comment: "", branch: "fork:to_hr", created_at: "2026-01-02T11:00:00Z" },
];
const itOk: TicketAction = { action: "handle", transition: "it_ok", name: "IT ok", attribute: "agree", confirm_text: "", branch: "fork:to_it" };
const facOk: TicketAction = { action: "handle", transition: "fac_ok", name: "Facilities ok", attribute: "agree", confirm_text: "", branch: "fork:to_fac" };
const onForked = { ticket: forked, steps: forkedSteps, log: forkedLog };

test("a ticket running parallel branches shows each branch, its state in the header and on the graph", async () => {
  setup([itOk, facOk, { action: "comment" }], onForked);
  const state = await screen.findByTestId("ticket-state");
  expect(within(state).getByText("IT")).toBeInTheDocument();
  expect(within(state).getByText("Facilities")).toBeInTheDocument();
  expect(state).not.toHaveTextContent("Fork");
  // Someone on both branches is waited for once.
  expect(within(screen.getByTestId("ticket-handlers")).getAllByText("Lee Lead")).toHaveLength(1);
  const card = screen.getByTestId("branches-card");
  const it = within(card).getByTestId("branch-fork:to_it");
  expect(within(it).getByTestId("branch-state")).toHaveTextContent("IT");
  expect(within(it).getByTestId("branch-status")).toHaveTextContent("In progress");
  expect(within(it).getByText(`since ${dayjs("2026-01-02T10:00:00Z").format("YYYY-MM-DD HH:mm")}`)).toBeInTheDocument();
  expect(within(it).getByTestId("branch-handlers")).toHaveTextContent("Lee Lead");
  const facilities = within(card).getByTestId("branch-fork:to_fac");
  expect(within(facilities).getByTestId("branch-handlers")).toHaveTextContent("Carol Zhang · To claim");
  // The branch that arrived waits at the join; it is named after where it started.
  const hr = within(card).getByTestId("branch-fork:to_hr");
  expect(within(hr).getByTestId("branch-status")).toHaveTextContent("Waiting at the join");
  expect(within(hr).getByText("branch “HR note”")).toBeInTheDocument();
  expect(within(hr).queryByTestId("branch-handlers")).not.toBeInTheDocument();
  // History rows name their branch; the graph marks both running branches' states.
  expect(within(screen.getByTestId("flow-log")).getByTestId("log-branch-3")).toHaveTextContent("HR note");
  expect(await screen.findByTestId("graph-node-it_review")).toHaveAttribute("aria-current", "step");
  expect(screen.getByTestId("graph-node-fac_review")).toHaveAttribute("aria-current", "step");
  expect(screen.getByTestId("graph-node-fork")).not.toHaveAttribute("aria-current");
});

test("on several branches I pick the branch, and the transition is sent with it", async () => {
  const { user } = setup([itOk, facOk, { action: "comment" }], onForked);
  const panel = await screen.findByTestId("handle-panel");
  // The first branch offered is picked; only its transitions show.
  expect(within(panel).getByTestId("handle-transition-it_ok")).toBeInTheDocument();
  expect(within(panel).queryByTestId("handle-transition-fac_ok")).not.toBeInTheDocument();
  await user.click(within(panel).getByTestId("handle-branch-fork:to_fac"));
  expect(within(panel).queryByTestId("handle-transition-it_ok")).not.toBeInTheDocument();
  await user.type(within(panel).getByTestId("handle-comment"), "Desk is ready");
  await user.click(within(panel).getByTestId("handle-transition-fac_ok"));
  await waitFor(() => expect(posted("/api/v1/tickets/7/handle")).toHaveLength(1));
  expect(posted("/api/v1/tickets/7/handle")[0]!.body).toEqual({ transition: "fac_ok", comment: "Desk is ready", fields: { note: null }, branch: "fork:to_fac" });
  expect(await screen.findByText("Done: Facilities ok.")).toBeInTheDocument();
});

test("saving fields on one of several branches sends the branch picked", async () => {
  const { user } = setup([itOk, facOk, { action: "comment" }], onForked);
  const panel = await screen.findByTestId("handle-panel");
  await user.click(within(panel).getByTestId("handle-branch-fork:to_fac"));
  await user.type(within(panel).getByLabelText("Leader note"), "Desk 4");
  await user.click(within(panel).getByTestId("handle-save-fields"));
  await waitFor(() => expect(calls.filter((call) => call.method === "PATCH")).toHaveLength(1));
  expect(calls.find((call) => call.method === "PATCH")!.body).toEqual({ fields: { note: "Desk 4" }, comment: "", branch: "fork:to_fac" });
});

test("on one branch the panel needs no picking and still sends the branch", async () => {
  const { user } = setup([itOk, { action: "comment" }], onForked);
  const panel = await screen.findByTestId("handle-panel");
  expect(within(panel).queryByTestId("handle-branches")).not.toBeInTheDocument();
  await user.click(within(panel).getByTestId("handle-transition-it_ok"));
  await waitFor(() => expect(posted("/api/v1/tickets/7/handle")).toHaveLength(1));
  expect(posted("/api/v1/tickets/7/handle")[0]!.body).toMatchObject({ transition: "it_ok", branch: "fork:to_it" });
});

test("claiming on one of several branches says which (?branch=); handing over sends the branch", async () => {
  const { user } = setup(
    [
      { action: "accept", branch: "fork:to_it" },
      { action: "accept", branch: "fork:to_fac" },
      { action: "deliver", branch: "fork:to_fac" },
      { action: "comment" },
    ],
    onForked,
  );
  expect(await screen.findByTestId("action-accept-fork:to_it")).toHaveTextContent("Claim · IT");
  await user.click(screen.getByTestId("action-accept-fork:to_fac"));
  await waitFor(() => expect(posted("/api/v1/tickets/7/accept")).toHaveLength(1));
  expect(posted("/api/v1/tickets/7/accept")[0]!.url.searchParams.get("branch")).toBe("fork:to_fac");

  // Offered on one branch only: one plain button, which still sends its branch.
  await user.click(screen.getByTestId("action-deliver"));
  const dialog = await screen.findByRole("dialog");
  await user.click(within(dialog).getByRole("combobox"));
  await user.type(within(dialog).getByRole("combobox"), "bob");
  await user.click(await screen.findByTitle("Bob Li (bob)"));
  await user.click(within(dialog).getByRole("button", { name: "Hand over" }));
  await waitFor(() => expect(posted("/api/v1/tickets/7/deliver")).toHaveLength(1));
  expect(posted("/api/v1/tickets/7/deliver")[0]!.body).toEqual({ to: "bob", comment: "", branch: "fork:to_fac" });
});

test("an opinion asked on two branches is given on the one I pick; asking for one sends the branch", async () => {
  const { user } = setup(
    [
      { action: "consult_reply", branch: "fork:to_it" },
      { action: "consult_reply", branch: "fork:to_fac" },
      { action: "consult", branch: "fork:to_it" },
      { action: "comment" },
    ],
    onForked,
  );
  await user.click(await screen.findByTestId("action-consult_reply-fork:to_it"));
  let dialog = await screen.findByRole("dialog");
  await user.type(within(dialog).getByTestId("dialog-comment"), "Fine by IT");
  await user.click(within(dialog).getByRole("button", { name: "Send opinion" }));
  await waitFor(() => expect(posted("/api/v1/tickets/7/consult-reply")).toHaveLength(1));
  expect(posted("/api/v1/tickets/7/consult-reply")[0]!.body).toEqual({ comment: "Fine by IT", branch: "fork:to_it" });
  expect(await screen.findByText("Opinion sent.")).toBeInTheDocument();

  await user.click(screen.getByTestId("action-consult"));
  // (The closed dialog may linger under jsdom: pick the new one by its title.)
  dialog = (await screen.findByText("Ask for an opinion", { selector: ".ant-modal-title" })).closest<HTMLElement>('[role="dialog"]')!;
  await user.click(within(dialog).getByRole("combobox"));
  await user.type(within(dialog).getByRole("combobox"), "carol");
  await user.click(await screen.findByTitle("Carol Zhang (carol)"));
  await user.click(within(dialog).getByRole("button", { name: "Ask" }));
  await waitFor(() => expect(posted("/api/v1/tickets/7/consult")).toHaveLength(1));
  expect(posted("/api/v1/tickets/7/consult")[0]!.body).toEqual({ to: "carol", comment: "", branch: "fork:to_it" });
});

test("on the ticket's own path no branch is sent", async () => {
  const { user } = setup([{ action: "accept" }, { action: "comment" }]);
  await user.click(await screen.findByTestId("action-accept"));
  await waitFor(() => expect(posted("/api/v1/tickets/7/accept")).toHaveLength(1));
  expect(posted("/api/v1/tickets/7/accept")[0]!.url.search).toBe("");
  expect(screen.queryByTestId("branches-card")).not.toBeInTheDocument();
});

test("a handler holding someone's turn through a delegation is named with whom it is for", async () => {
  const delegated = { id: 4, username: "bob", display_name: "Bob Li", kind: "handler", branch: "", on_behalf_of: { id: 1, username: "lead", display_name: "Lee Lead" } };
  setup([{ action: "comment" }], { ticket: { ...detail, handlers: [delegated] } });
  expect(await screen.findByTestId("ticket-handlers")).toHaveTextContent("Bob Li · for Lee Lead");
});
