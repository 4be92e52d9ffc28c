import type { TicketAction, TicketDetail } from "../types";
import { branchLabel, branchStateName, byBranch, readable } from "./branches";

const graph = {
  states: [
    { key: "fork", name: "Fork" },
    { key: "it_review", name: "IT" },
    { key: "fac_review", name: "Facilities" },
    { key: "inner", name: "Inner fork" },
    { key: "desk", name: "Desk check" },
  ],
  transitions: [
    { key: "to_it", name: "To IT", source: "fork", target: "it_review" },
    { key: "to_fac", name: "To facilities", source: "fork", target: "fac_review" },
    { key: "to_desk", name: "", source: "inner", target: "desk" },
  ],
};

test("a branch is named after the first state it leads to (the innermost one when nested)", () => {
  expect(branchLabel("fork:to_it", graph)).toBe("IT");
  expect(branchLabel("fork:to_fac/inner:to_desk", graph)).toBe("Desk check");
});

test("a branch the graph does not know reads as its transition key made readable", () => {
  expect(branchLabel("fork:to_legal", graph)).toBe("To legal");
  expect(branchLabel("other:to_it", graph)).toBe("To it");
  expect(branchLabel("fork:to_it")).toBe("To it");
  expect(readable("__")).toBe("__");
});

test("actions group by branch in the order offered; the ticket's own path is ''", () => {
  const actions: TicketAction[] = [
    { action: "handle", transition: "a", branch: "fork:to_it" },
    { action: "handle", transition: "b", branch: "fork:to_fac" },
    { action: "handle", transition: "c", branch: "fork:to_it" },
    { action: "comment" },
  ];
  const groups = byBranch(actions);
  expect([...groups.keys()]).toEqual(["fork:to_it", "fork:to_fac", ""]);
  expect(groups.get("fork:to_it")!.map((action) => action.transition)).toEqual(["a", "c"]);
});

test("a branch I act on is named after the state it is in now", () => {
  const ticket = {
    branches: [{ key: "fork:to_it", state: { key: "it_fix", name: "IT fix" }, status: "active", entered_at: "", handlers: [] }],
  } as unknown as TicketDetail;
  expect(branchStateName(ticket, "fork:to_it", graph)).toBe("IT fix");
  expect(branchStateName(ticket, "fork:to_fac", graph)).toBe("Facilities");
});
