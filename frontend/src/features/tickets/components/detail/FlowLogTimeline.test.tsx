import { screen, within } from "@testing-library/react";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "../../test-utils";
import type { FieldSpec, FlowLogEntry } from "../../types";
import { FlowLogTimeline } from "./FlowLogTimeline";

// antd widgets under jsdom are slow on a busy machine: give each test room.
vi.setConfig({ testTimeout: 20_000 });

const specs = new Map<string, FieldSpec>(
  [
    { key: "leave_type", label: "Type", type: "select", choices: [{ value: "annual", label: "Annual" }, { value: "sick", label: "Sick" }] },
    { key: "start_date", label: "First day", type: "date" },
    { key: "backup", label: "Backup", type: "user" },
    { key: "team", label: "Team", type: "department" },
    { key: "tags", label: "Tags", type: "checkbox", choices: [{ value: "urgent", label: "Urgent" }, { value: "remote", label: "Remote" }] },
    { key: "files", label: "Files", type: "attachment" },
    { key: "days", label: "Days", type: "int" },
    { key: "note", label: "Note", type: "text" },
  ].map((spec) => [spec.key, spec as FieldSpec]),
);

const alice = { id: 3, username: "alice", display_name: "Alice Wang" };
const row = (id: number, extra: Partial<FlowLogEntry>): FlowLogEntry => ({
  id,
  action: "update_fields",
  actor: alice,
  via_app: "",
  transition: "",
  from_state: "lead_review",
  to_state: "lead_review",
  comment: "",
  branch: "",
  changed_fields: {},
  field_changes: [],
  created_at: "2026-01-01T09:00:00Z",
  ...extra,
});
const plan = { name: "plan.pdf", url: "http://it.localhost/api/v1/attachments/u1", size: 2048, content_type: "application/pdf" };
const memo = { name: "memo.txt", url: "http://it.localhost/api/v1/attachments/u2", size: 10, content_type: "text/plain" };

beforeEach(() => {
  stubApi([
    [
      "GET",
      "/api/v1/users",
      ({ url }) => ({
        items: [
          { id: 4, username: "bob", display_name: "Bob Li" },
          { id: 5, username: "carol", display_name: "Carol Zhang" },
        ].filter((person) => !url.searchParams.get("q") || person.username.includes(url.searchParams.get("q")!)),
        next_cursor: null,
      }),
    ],
    ["GET", "/api/v1/departments", [{ id: 2, code: "it-ops", name: "Operations", parent_id: 1, leader_id: null, approver_id: null, is_active: true, member_count: 2 }]],
  ]);
});

const show = (entries: FlowLogEntry[]) =>
  renderWithProviders(<FlowLogTimeline entries={entries} stateNames={new Map()} transitionNames={new Map()} specs={specs} />);
const change = (key: string) => screen.getByTestId(`field-change-${key}`);
const part = (key: string, side: "old" | "new") => within(change(key)).getByTestId(`field-change-${side}`);

test("each changed field reads 'Label: old → new', its values formatted like the ticket's fields", async () => {
  show([
    row(2, {
      field_changes: [
        { field: "leave_type", old: "annual", new: "sick" },
        { field: "start_date", old: "2026-12-01", new: "2026-12-21" },
        { field: "backup", old: "bob", new: "carol" },
        { field: "team", old: null, new: "it-ops" },
        { field: "tags", old: ["urgent"], new: ["urgent", "remote"] },
        { field: "files", old: [plan], new: [plan, memo] },
        { field: "days", old: 5, new: 3 },
      ],
    }),
  ]);
  // Choices by label, dates as dates.
  expect(change("leave_type")).toHaveTextContent("Type:Annual→Sick");
  expect(change("start_date")).toHaveTextContent("First day:2026-12-01→2026-12-21");
  // People by name and departments by their name, once the directory answers.
  expect(await within(part("backup", "old")).findByText("Bob Li")).toBeInTheDocument();
  expect(await within(part("backup", "new")).findByText("Carol Zhang")).toBeInTheDocument();
  expect(await within(part("team", "new")).findByText("Operations")).toBeInTheDocument();
  // No value before: the empty mark.
  expect(part("team", "old")).toHaveTextContent("—");
  expect(part("tags", "new")).toHaveTextContent("UrgentRemote");
  // Attachments by name, as download links.
  expect(within(part("files", "new")).getByText(/memo\.txt/).closest("a")).toHaveAttribute("href", memo.url);
  expect(part("files", "old")).not.toHaveTextContent("memo.txt");
  expect(change("days")).toHaveTextContent("Days:5→3");
});

test("a new ticket lists its first values without a 'before'", () => {
  show([
    row(1, {
      action: "create",
      from_state: "",
      to_state: "draft",
      field_changes: [
        { field: "days", old: null, new: 5 },
        { field: "note", old: null, new: "Family visit" },
      ],
    }),
  ]);
  expect(change("days")).toHaveTextContent("Days:5");
  expect(change("note")).toHaveTextContent("Note:Family visit");
  expect(within(change("days")).queryByTestId("field-change-old")).not.toBeInTheDocument();
  expect(screen.queryByText("→")).not.toBeInTheDocument();
});

test("rows without old → new fall back to the changed fields' names; passing a ticket on lists none", () => {
  show([
    row(1, { changed_fields: { days: 3, note: "x" } }),
    row(2, { action: "deliver", changed_fields: { to: "carol" } }),
  ]);
  expect(within(screen.getByTestId("log-update_fields")).getByText("Changed: Days, Note")).toBeInTheDocument();
  expect(screen.queryByTestId("field-changes")).not.toBeInTheDocument();
  expect(screen.getByTestId("log-deliver")).not.toHaveTextContent("Changed");
});

test("a robot's row names the script or hook that acted, an app's the app", () => {
  show([
    row(1, { action: "script", actor: null, via_app: "script:route", to_state: "done" }),
    row(2, { action: "hook", actor: null, via_app: "hook:ci.example.com" }),
    row(3, { action: "transition", actor: null, via_app: "cmdb" }),
  ]);
  expect(screen.getByTestId("log-script")).toHaveTextContent("Robot script:route");
  expect(screen.getByTestId("log-hook")).toHaveTextContent("Robot hook:ci.example.com");
  expect(screen.getByTestId("log-transition")).toHaveTextContent("App cmdb");
});

test("rows on a parallel branch carry the branch's name as a tag; the ticket's own path has none", () => {
  const names = new Map([["fork:to_it", "IT"]]);
  renderWithProviders(
    <FlowLogTimeline
      entries={[
        row(1, { action: "transition", transition: "split", branch: "" }),
        row(2, { action: "transition", transition: "it_done", branch: "fork:to_it" }),
        row(3, { action: "comment", branch: "fork:to_facilities" }),
      ]}
      stateNames={new Map()}
      transitionNames={new Map()}
      specs={specs}
      branchName={(key) => names.get(key) ?? key}
    />,
  );
  expect(screen.queryByTestId("log-branch-1")).not.toBeInTheDocument();
  expect(screen.getByTestId("log-branch-2")).toHaveTextContent("IT");
  expect(screen.getByTestId("log-branch-3")).toHaveTextContent("fork:to_facilities");
});

test("without names a branch reads as its key made readable", () => {
  show([row(1, { action: "comment", branch: "outer:to_ops/inner:to_facilities" })]);
  expect(screen.getByTestId("log-branch-1")).toHaveTextContent("To facilities");
});

test("a turn taken for someone says on whose behalf; a delegation's hand-over says to whom", () => {
  const lead = { id: 7, username: "lead", display_name: "Lee Lead" };
  const bob = { id: 4, username: "bob", display_name: "Bob Li" };
  show([
    row(1, { action: "delegate", actor: lead, on_behalf_of: lead, changed_fields: { from: "lead", to: "bob" } }),
    row(2, { action: "transition", actor: bob, on_behalf_of: lead, transition: "lead_approve" }),
  ]);
  expect(screen.getByTestId("log-delegate")).toHaveTextContent("Lee Lead handed the waiting turn over (delegation) → bob");
  expect(screen.queryByTestId("log-behalf-1")).not.toBeInTheDocument();
  expect(screen.getByTestId("log-behalf-2")).toHaveTextContent("on behalf of Lee Lead");
  expect(screen.getByTestId("log-transition")).toHaveTextContent(/^Bob Li on behalf of Lee Lead took/);
});

test("an SLA warning says how long was left and when the SLA runs out, not which fields changed", () => {
  show([row(1, { action: "sla_warning", actor: null, changed_fields: { sla_due_at: "2026-01-01T11:00:00Z" } })]);
  expect(screen.getByTestId("log-sla_warning")).toHaveTextContent(/^Loonflow time limit runs out soon/);
  expect(screen.getByTestId("log-sla-due-1")).toHaveTextContent(/^SLA due in 2 hours \(2026-01-01 \d\d:00\)$/);
  expect(screen.queryByText(/changed/i)).not.toBeInTheDocument();
});
