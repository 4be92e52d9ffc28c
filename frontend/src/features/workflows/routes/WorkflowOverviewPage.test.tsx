const { serve, json } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, within } from "@testing-library/react";
import { renderWithProviders } from "@/test/render";
import { leave, versions } from "../testing/samples";
import type { StateDef, TransitionDef, WorkflowDocument } from "../types";
import { WorkflowOverviewPage } from "./WorkflowOverviewPage";

const state = (key: string, name: string, type: StateDef["type"]): StateDef => ({ key, name, type, can_withdraw: false, reuse_last_handler: false });
const go = (key: string, name: string, source: string, target: string): TransitionDef => ({
  key,
  name,
  source,
  target,
  attribute: "agree",
  kind: "manual",
  check_required_fields: true,
  confirm_text: "",
});
const v1: WorkflowDocument = {
  serial_prefix: "LV",
  title_template: "{workflow} {serial}",
  states: [state("start", "Draft", "start"), state("lead_review", "Lead review", "normal"), state("done", "Done", "end")],
  transitions: [go("submit", "Submit", "start", "lead_review"), go("approve", "Approve", "lead_review", "done")],
};
const v2: WorkflowDocument = {
  ...v1,
  states: [...v1.states!, state("hr_review", "HR review", "normal")],
  transitions: [...v1.transitions!, go("to_hr", "To HR", "lead_review", "hr_review")],
};
const version = (number: number, document: WorkflowDocument) => ({ ...versions.find((v) => v.number === number)!, document });

test("the overview shows the workflow, its versions and what changed from the previous to the current version", async () => {
  const diffs: string[] = [];
  serve((request) => {
    const { pathname, search } = new URL(request.url);
    if (pathname === "/api/v1/workflows/1") return json(leave);
    if (pathname === "/api/v1/workflows") return json([leave]);
    if (pathname.endsWith("/versions")) return json(versions);
    if (pathname.endsWith("/versions/1")) return json(version(1, v1));
    if (pathname.endsWith("/versions/2")) return json(version(2, v2));
    if (pathname.endsWith("/diff")) {
      diffs.push(search);
      return json({
        from_version: 1,
        to_version: 2,
        changes: [
          { op: "added", path: "states.hr_review", before: null, after: v2.states![3] },
          { op: "added", path: "transitions.to_hr", before: null, after: v2.transitions![2] },
        ],
      });
    }
    return json({ error: { code: "not_found", message: "?" } }, 404);
  });
  renderWithProviders(<WorkflowOverviewPage />, { path: "/workflows/:workflowId", route: "/workflows/1" });

  expect(await screen.findByTestId("workflow-name")).toHaveTextContent("Leave request");
  expect(screen.getByTestId("statistics-button")).toHaveAttribute("href", "/insight?workflow=1");
  const history = await screen.findByTestId("version-table");
  expect(await within(history).findByText("HR reviews long leaves")).toBeInTheDocument();
  expect(within(history).getByText("Current")).toBeInTheDocument();

  const list = await screen.findByTestId("diff-list");
  expect(diffs).toEqual(["?from=1&to=2"]);
  expect(within(list).getByText("States")).toBeInTheDocument();
  expect(within(list).getAllByTestId("diff-item").map((item) => item.dataset.op)).toEqual(["added", "added"]);
  // The newer graph marks the added state; the older one does not have it.
  expect(await screen.findByTestId("graph-to-node-hr_review")).toHaveAttribute("data-op", "added");
  expect(await screen.findByTestId("graph-from-node-lead_review")).toHaveAttribute("data-op", "");
  expect(screen.queryByTestId("graph-from-node-hr_review")).toBeNull();
}, 20_000);

test("an unknown workflow is a clear 404, not a blank page", async () => {
  serve(() => json({ error: { code: "not_found", message: "No workflow with id 99." } }, 404));
  renderWithProviders(<WorkflowOverviewPage />, { path: "/workflows/:workflowId", route: "/workflows/99" });
  expect(await screen.findByText("Workflow not found")).toBeInTheDocument();
});

test("a malformed id does not even ask", async () => {
  serve(() => {
    throw new Error("no request expected");
  });
  renderWithProviders(<WorkflowOverviewPage />, { path: "/workflows/:workflowId", route: "/workflows/abc" });
  expect(await screen.findByText("Workflow not found")).toBeInTheDocument();
});
