import {
  defaultPermission,
  effectivePermission,
  fieldReferences,
  gatewayCleared,
  hasGatewayLeftovers,
  isReferenced,
  joinCandidates,
  keyProblem,
  locateProblem,
  locateProblems,
  moveField,
  newField,
  addField,
  arrangeStates,
  nextKey,
  normalizeDocument,
  placeUnpositioned,
  problemsOf,
  removeField,
  removeState,
  removeTransition,
  renameFieldKey,
  renameStateKey,
  renameTransitionKey,
  schemaProblems,
  setPermission,
  sortFields,
  sourcePatch,
  splitsOf,
  stateReferences,
  transitionReferences,
  updateField,
  withType,
} from ".";
import { gatewayDoc, richDoc, starterDoc } from "../testing/documents";

describe("keys", () => {
  test("nextKey takes the first free number", () => {
    expect(nextKey("state", [])).toBe("state_1");
    expect(nextKey("state", ["state_1", "state_3"])).toBe("state_2");
  });

  test("keyProblem checks the pattern and uniqueness", () => {
    expect(keyProblem("approve", "x", ["start"])).toBeNull();
    expect(keyProblem("1abc", "x", [])).toBe("invalid");
    expect(keyProblem("has space", "x", [])).toBe("invalid");
    expect(keyProblem("", "x", [])).toBe("invalid");
    expect(keyProblem("a".repeat(65), "x", [])).toBe("invalid");
    expect(keyProblem("start", "x", ["start"])).toBe("taken");
    expect(keyProblem("start", "start", ["start"])).toBeNull();
  });
});

describe("normalizeDocument", () => {
  test("fills every optional part with the schema's default", () => {
    const doc = normalizeDocument({ serial_prefix: "TK", title_template: "{serial}", states: [{ key: "s", name: "S", type: "start", can_withdraw: false, reuse_last_handler: false }] });
    expect(doc.fields).toEqual([]);
    expect(doc.transitions).toEqual([]);
    expect(doc.creators).toEqual({ everyone: true, users: [], departments: [], roles: [] });
    expect(doc.viewers.everyone).toBe(false);
    expect(doc.states[0].participant.kind).toBe("none");
    expect(doc.states[0].distribution).toEqual({ kind: "any", countersign: null });
    expect(doc.states[0].position).toEqual({ x: 0, y: 0 });
  });

  test("keeps a state's sub-process settings (saving from the designer must not drop them)", () => {
    const subprocess = { workflow: "purchase", rows: "items", values: { item: "row.name" }, continue_on: "first_rejection" as const, when_none: "wait" as const };
    const plain = { type: "normal" as const, can_withdraw: false, reuse_last_handler: false };
    const doc = normalizeDocument({ serial_prefix: "TK", title_template: "", states: [{ key: "s", name: "S", ...plain, subprocess }, { key: "t", name: "T", ...plain }] });
    expect(doc.states[0].subprocess).toEqual({ ...subprocess, count: null });
    expect(doc.states[1].subprocess).toBeNull();
  });

  test("keeps an explicit creators audience", () => {
    const doc = normalizeDocument({ serial_prefix: "TK", title_template: "", creators: { everyone: false, users: ["alice"] } });
    expect(doc.creators).toEqual({ everyone: false, users: ["alice"], departments: [], roles: [] });
  });

  test("lays out states without positions by distance from the start", () => {
    const doc = starterDoc();
    const stripped = { ...doc, states: doc.states.map((state) => ({ ...state, position: null })) };
    const placed = placeUnpositioned(stripped);
    expect(placed.states.map((state) => state.position)).toEqual([
      { x: 0, y: 0 },
      { x: 260, y: 0 },
    ]);
  });
});

test("arranging lays states out by distance from the start, rows centred", () => {
  const doc = arrangeStates(richDoc());
  expect(Object.fromEntries(doc.states.map((state) => [state.key, state.position]))).toEqual({
    start: { x: 0, y: 0 },
    review: { x: 260, y: 0 },
    done: { x: 520, y: -75 },
    rejected: { x: 520, y: 75 },
  });
  const orphan = arrangeStates({ ...starterDoc(), transitions: [] });
  expect(orphan.states[1].position).toEqual({ x: 260, y: 0 });
});

describe("states", () => {
  test("renaming a state key updates transitions, branches and notification rules", () => {
    const doc = renameStateKey(richDoc(), "rejected", "declined");
    expect(doc.states.map((state) => state.key)).toContain("declined");
    expect(doc.transitions.find((t) => t.key === "reject")!.target).toBe("declined");
    expect(doc.transitions.find((t) => t.key === "approve")!.branches[0].target).toBe("declined");
    const renamedReview = renameStateKey(richDoc(), "review", "check");
    expect(renamedReview.notifications[0].states).toEqual(["check"]);
    expect(renamedReview.transitions.find((t) => t.key === "submit")!.target).toBe("check");
    expect(renamedReview.transitions.find((t) => t.key === "approve")!.source).toBe("check");
  });

  test("removing a state removes its transitions, branches to it and its mentions", () => {
    const doc = removeState(richDoc(), "rejected");
    expect(doc.states.map((s) => s.key)).toEqual(["start", "review", "done"]);
    expect(doc.transitions.map((t) => t.key)).toEqual(["submit", "approve"]);
    expect(doc.transitions.find((t) => t.key === "approve")!.branches).toHaveLength(1);
    const withoutReview = removeState(richDoc(), "review");
    expect(withoutReview.transitions).toEqual([]);
    expect(withoutReview.notifications[0].states).toEqual([]);
  });

  test("stateReferences lists what depends on a state", () => {
    expect(stateReferences(richDoc(), "rejected")).toEqual({ transitions: ["reject"], branches: ["approve"], splits: [], notifications: 0 });
    expect(stateReferences(richDoc(), "review").notifications).toBe(1);
    const lonely = { ...starterDoc(), transitions: [] };
    expect(isReferenced(stateReferences(lonely, "start"))).toBe(false);
    // A join that only a split names is referenced by it.
    const doc = gatewayDoc();
    doc.states = doc.states.map((state) => (state.key === "par" ? { ...state, join: "par_join" } : state));
    expect(stateReferences(doc, "par_join")).toEqual({ transitions: [], branches: [], splits: ["par"], notifications: 0 });
    expect(isReferenced(stateReferences(doc, "par_join"))).toBe(true);
  });
});

describe("transitions", () => {
  test("renaming a transition key updates the SLA that auto-takes it", () => {
    const doc = renameTransitionKey(richDoc(), "approve", "ok");
    expect(doc.states.find((s) => s.key === "review")!.sla!.transition).toBe("ok");
    expect(doc.transitions.map((t) => t.key)).toContain("ok");
  });

  test("removing a transition clears the SLA's transition", () => {
    expect(transitionReferences(richDoc(), "approve")).toEqual({ slas: ["review"] });
    const doc = removeTransition(richDoc(), "approve");
    expect(doc.transitions.map((t) => t.key)).toEqual(["submit", "reject"]);
    expect(doc.states.find((s) => s.key === "review")!.sla!.transition).toBeNull();
  });
});

describe("fields", () => {
  test("renaming a field key updates permissions, conditions, expressions, participants and the title", () => {
    const base = richDoc();
    base.states[1].participant = { ...base.states[1].participant, kind: "field", field: "amount" };
    const doc = renameFieldKey(base, "amount", "total");
    expect(doc.fields.map((f) => f.key)).toEqual(["title", "total"]);
    expect(doc.states[1].field_permissions).toEqual({ total: "optional" });
    expect(doc.states[1].participant.field).toBe("total");
    const approve = doc.transitions.find((t) => t.key === "approve")!;
    expect(approve.branches[0].condition!.groups[0][0].field).toBe("total");
    expect(approve.branches[1].expression).toBe('total > 10 and title contains "x"');
    expect(renameFieldKey(richDoc(), "title", "subject").title_template).toBe("{subject} {serial}");
  });

  test("renaming to a keyword quotes it in expressions", () => {
    const doc = renameFieldKey(richDoc(), "amount", "in");
    expect(doc.transitions[1].branches[1].expression).toBe('`in` > 10 and title contains "x"');
  });

  test("fieldReferences finds every mention", () => {
    expect(fieldReferences(richDoc(), "amount")).toEqual({ permissions: ["review"], conditions: ["approve"], participants: [], title: false });
    expect(fieldReferences(richDoc(), "title")).toEqual({ permissions: [], conditions: ["approve"], participants: [], title: true });
  });

  test("removing a field drops its permission entries and renumbers the rest", () => {
    const doc = removeField(richDoc(), "title");
    expect(doc.fields.map((f) => [f.key, f.order])).toEqual([["amount", 1]]);
    expect(removeField(richDoc(), "amount").states[1].field_permissions).toEqual({});
  });

  test("moving fields keeps order equal to the position", () => {
    const doc = moveField(richDoc(), "amount", -1);
    expect(doc.fields.map((f) => [f.key, f.order])).toEqual([["amount", 1], ["title", 2]]);
    expect(moveField(doc, "amount", -1)).toBe(doc);
  });

  test("adding generates a free key; sortFields orders by `order`", () => {
    const doc = addField(richDoc(), newField(["title", "amount"], "bool", "Urgent"));
    expect(doc.fields[2]).toMatchObject({ key: "field_1", order: 3, type: "bool" });
    const shuffled = { ...doc, fields: [{ ...doc.fields[0], order: 5 }, doc.fields[1], doc.fields[2]] };
    expect(sortFields(shuffled).fields.map((f) => f.key)).toEqual(["amount", "field_1", "title"]);
  });

  test("changing a field's type drops what the new type cannot hold", () => {
    const select = { ...newField([], "select", "Risk"), choices: [{ value: "low", label: "Low" }], default: "low" };
    expect(withType(select, { type: "radio" })).toMatchObject({ choices: [{ value: "low", label: "Low" }], default: null });
    expect(withType(select, { type: "string" })).toMatchObject({ choices: [], default: null });
    expect(withType(select, { label: "Level" })).toMatchObject({ default: "low", label: "Level" });
    const doc = updateField(richDoc(), "amount", { type: "decimal" });
    expect(doc.fields[1].type).toBe("decimal");
  });
});

describe("permissions", () => {
  test("defaults: the start state follows `required`, others are read-only", () => {
    const doc = richDoc();
    const [title, amount] = doc.fields;
    expect(defaultPermission(doc.states[0], title)).toBe("required");
    expect(defaultPermission(doc.states[0], amount)).toBe("optional");
    expect(defaultPermission(doc.states[1], title)).toBe("read_only");
    expect(effectivePermission(doc.states[1], amount)).toBe("optional");
  });

  test("setPermission sets and clears one entry", () => {
    const doc = setPermission(richDoc(), "done", "title", "hidden");
    expect(doc.states[2].field_permissions).toEqual({ title: "hidden" });
    expect(setPermission(doc, "done", "title", null).states[2].field_permissions).toEqual({});
    expect(setPermission(doc, "review", "amount", null).states[1].field_permissions).toEqual({});
  });
});

describe("problems", () => {
  test("paths point at elements of the checked document", () => {
    const doc = richDoc();
    expect(locateProblem(doc, "states.1.participant.users.0")).toEqual({ kind: "state", key: "review", rest: "participant.users.0" });
    expect(locateProblem(doc, "transitions.2")).toEqual({ kind: "transition", key: "reject", rest: "" });
    expect(locateProblem(doc, "fields.0.validation.regex")).toEqual({ kind: "field", key: "title", rest: "validation.regex" });
    expect(locateProblem(doc, "states")).toEqual({ kind: "document", key: null, rest: "states" });
    expect(locateProblem(doc, "states.9.key")).toEqual({ kind: "document", key: null, rest: "states.9.key" });
    expect(locateProblem(doc, "title_template").kind).toBe("document");
  });

  test("problemsOf filters by element and sub-path", () => {
    const located = locateProblems(richDoc(), [
      { path: "states.1.participant.users.0", code: "unknown_user", message: "x" },
      { path: "states.1.sla.transition", code: "invalid_sla", message: "y" },
      { path: "states.0", code: "dead_end", message: "z" },
    ]);
    expect(problemsOf(located, "state", "review")).toHaveLength(2);
    expect(problemsOf(located, "state", "review", "participant")).toHaveLength(1);
    expect(problemsOf(located, "state", "review", "participant.users")).toHaveLength(1);
    expect(problemsOf(located, "state", "review", "part")).toHaveLength(0);
  });

  test("schema errors of a 422 become problems with document paths", () => {
    expect(
      schemaProblems([{ loc: ["body", "payload", "document", "states", 0, "name"], field: "document.states.0.name", type: "string_too_short", message: "too short" }]),
    ).toEqual([{ path: "states.0.name", code: "string_too_short", message: "too short" }]);
    expect(schemaProblems(null)).toEqual([]);
  });
});

describe("gateways", () => {
  test("a split's join and an inclusive branch's condition survive normalizing (saving must not drop them)", () => {
    const doc = gatewayDoc();
    expect(doc.states.find((state) => state.key === "fork")!.join).toBe("meet");
    expect(doc.states.find((state) => state.key === "it")!.join).toBeNull();
    expect(doc.transitions.find((t) => t.key === "to_it")).toMatchObject({ kind: "auto", expression: "amount > 10", condition: null });
    const condition = { groups: [[{ field: "amount", op: "gt", value: 1 }]] };
    const again = normalizeDocument({ serial_prefix: "TK", title_template: "", transitions: [{ ...doc.transitions[1], condition, expression: null }] });
    expect(again.transitions[0]).toMatchObject({ condition, expression: null });
  });

  test("a split is offered the joins of its kind; a join knows its split", () => {
    const doc = gatewayDoc();
    const fork = doc.states.find((state) => state.key === "fork")!;
    const par = doc.states.find((state) => state.key === "par")!;
    expect(joinCandidates(doc, fork).map((state) => state.key)).toEqual(["meet"]);
    expect(joinCandidates(doc, par).map((state) => state.key)).toEqual(["par_join"]);
    expect(joinCandidates(doc, doc.states[0])).toEqual([]);
    expect(splitsOf(doc, "meet").map((state) => state.key)).toEqual(["fork"]);
    expect(splitsOf(doc, "par_join")).toEqual([]);
  });

  test("moving a transition onto or off a gateway makes it auto or a button; only inclusive branches keep conditions", () => {
    const doc = gatewayDoc();
    const toIt = doc.transitions.find((t) => t.key === "to_it")!;
    const submit = doc.transitions.find((t) => t.key === "submit")!;
    expect(sourcePatch(doc, toIt, "par")).toEqual({ source: "par", condition: null, expression: null });
    expect(sourcePatch(doc, toIt, "it")).toEqual({ source: "it", kind: "manual", check_required_fields: true, condition: null, expression: null });
    expect(sourcePatch(doc, submit, "fork")).toEqual({ source: "fork", kind: "auto", timer_seconds: null, check_required_fields: false });
  });

  test("settings a gateway does not take are found and cleared", () => {
    const it = gatewayDoc().states.find((state) => state.key === "it")!;
    expect(hasGatewayLeftovers(it)).toBe(true);
    expect(hasGatewayLeftovers({ ...it, ...gatewayCleared() })).toBe(false);
    expect(hasGatewayLeftovers(gatewayDoc().states.find((state) => state.key === "fork")!)).toBe(false);
  });

  test("problems of gateways point at the node or edge they are about", () => {
    const doc = gatewayDoc();
    const located = locateProblems(doc, [
      { path: "states.5", code: "branch_bypasses_join", message: "end on a branch" },
      { path: "transitions.0.target", code: "enters_branch", message: "enters" },
      { path: "states.2", code: "subprocess_in_branch", message: "sub-process" },
      { path: "states.1.join", code: "split_without_join", message: "no join" },
    ]);
    expect(located.map((problem) => [problem.target.kind, problem.target.key])).toEqual([
      ["state", "done"],
      ["transition", "submit"],
      ["state", "it"],
      ["state", "fork"],
    ]);
    expect(problemsOf(located, "state", "fork", "join")).toHaveLength(1);
  });
});
