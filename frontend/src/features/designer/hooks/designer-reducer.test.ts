import { gatewayDoc, richDoc, starterDoc } from "../testing/documents";
import { type DesignerAction, type DesignerState, HISTORY_LIMIT, designerReducer, initialDesignerState } from "./designer-reducer";
import { validationSignature } from "../model";

const run = (state: DesignerState, ...actions: DesignerAction[]) => actions.reduce(designerReducer, state);

test("adding a state generates a key, places it and selects it", () => {
  const state = run(initialDesignerState(starterDoc()), { type: "addState", stateType: "normal", name: "Approve" });
  const added = state.doc.states[2];
  expect(added).toMatchObject({ key: "state_1", name: "Approve", type: "normal", position: { x: 560, y: 0 } });
  expect(state.selection).toEqual({ kind: "state", key: "state_1" });
  expect(state.revision).toBe(1);
  const second = run(state, { type: "addState", stateType: "end", name: "End", position: { x: 10.4, y: 20.6 } });
  expect(second.doc.states[3]).toMatchObject({ key: "state_2", position: { x: 10.4, y: 20.6 } });
});

test("connecting two states creates a selected transition with a unique key", () => {
  const state = run(
    initialDesignerState(starterDoc()),
    { type: "connect", source: "start", target: "done", name: "Go" },
    { type: "connect", source: "start", target: "done", name: "Again" },
  );
  expect(state.doc.transitions.map((t) => t.key)).toEqual(["submit", "transition_1", "transition_2"]);
  expect(state.doc.transitions[1]).toMatchObject({ source: "start", target: "done", name: "Go", kind: "manual" });
  expect(state.selection).toEqual({ kind: "transition", key: "transition_2" });
});

test("renaming keeps the selection on the renamed element", () => {
  const state = run(
    initialDesignerState(richDoc()),
    { type: "select", selection: { kind: "state", key: "review" } },
    { type: "renameState", from: "review", to: "check" },
  );
  expect(state.selection).toEqual({ kind: "state", key: "check" });
  const field = run(state, { type: "select", selection: { kind: "field", key: "amount" } }, { type: "renameField", from: "amount", to: "total" });
  expect(field.selection).toEqual({ kind: "field", key: "total" });
  const transition = run(field, { type: "select", selection: { kind: "transition", key: "approve" } }, { type: "renameTransition", from: "approve", to: "ok" });
  expect(transition.selection).toEqual({ kind: "transition", key: "ok" });
  expect(transition.doc.states[1].sla!.transition).toBe("ok");
});

test("removing the selected element clears the selection; removing a state drops its selected transition", () => {
  const base = initialDesignerState(richDoc());
  expect(run(base, { type: "select", selection: { kind: "state", key: "done" } }, { type: "removeState", key: "done" }).selection).toBeNull();
  const transition = run(base, { type: "select", selection: { kind: "transition", key: "reject" } }, { type: "removeState", key: "rejected" });
  expect(transition.selection).toBeNull();
  const other = run(base, { type: "select", selection: { kind: "transition", key: "submit" } }, { type: "removeState", key: "rejected" });
  expect(other.selection).toEqual({ kind: "transition", key: "submit" });
  expect(run(base, { type: "select", selection: { kind: "field", key: "title" } }, { type: "removeField", key: "title" }).selection).toBeNull();
});

test("dirty tracking: edits bump the revision, saving records it, loading resets", () => {
  let state = run(initialDesignerState(starterDoc()), { type: "updateState", key: "start", patch: { name: "Submit" } });
  expect(state.revision).not.toBe(state.savedRevision);
  state = run(state, { type: "saved", revision: state.revision });
  expect(state.revision).toBe(state.savedRevision);
  state = run(state, { type: "select", selection: { kind: "state", key: "start" } });
  expect(state.revision).toBe(state.savedRevision);
  state = run(state, { type: "moveState", key: "start", position: { x: 5.2, y: 9.7 } });
  expect(state.doc.states[0].position).toEqual({ x: 5, y: 10 });
  expect(state.revision).not.toBe(state.savedRevision);
  state = run(state, { type: "load", doc: richDoc() });
  expect(state.revision).toBe(state.savedRevision);
  expect(state.selection).toBeNull();
});

test("fields, permissions and document settings", () => {
  const state = run(
    initialDesignerState(starterDoc()),
    { type: "addField", fieldType: "string", label: "Title" },
    { type: "addField", fieldType: "int", label: "Amount" },
    { type: "renameField", from: "field_1", to: "title" },
    { type: "moveField", key: "field_2", delta: -1 },
    { type: "setPermission", state: "done", field: "title", permission: "hidden" },
    { type: "updateField", key: "title", patch: { required: false } },
    { type: "updateDocument", patch: { serial_prefix: "EX" } },
  );
  expect(state.doc.fields.map((f) => [f.key, f.order, f.required])).toEqual([["field_2", 1, true], ["title", 2, false]]);
  expect(state.doc.states[1].field_permissions).toEqual({ title: "hidden" });
  expect(state.doc.serial_prefix).toBe("EX");
  expect(state.selection).toEqual({ kind: "field", key: "field_2" });
});

test("an edit that changes nothing keeps the same state", () => {
  const state = initialDesignerState(starterDoc());
  expect(designerReducer(state, { type: "renameState", from: "start", to: "start" })).toBe(state);
});

test("the validation signature ignores positions", () => {
  const doc = starterDoc();
  const moved = designerReducer(initialDesignerState(doc), { type: "moveState", key: "start", position: { x: 99, y: 99 } }).doc;
  expect(validationSignature(moved)).toBe(validationSignature(doc));
  const renamed = designerReducer(initialDesignerState(doc), { type: "updateState", key: "start", patch: { name: "X" } }).doc;
  expect(validationSignature(renamed)).not.toBe(validationSignature(doc));
});

test("adding a split with its join: a join of its kind two columns right, named as the split's join", () => {
  const state = run(initialDesignerState(starterDoc()), {
    type: "addState",
    stateType: "parallel_split",
    name: "Split 1",
    position: { x: 100, y: 40 },
    joinName: "Join 1",
  });
  const [split, join] = state.doc.states.slice(2);
  expect(split).toMatchObject({ key: "split_1", type: "parallel_split", join: "join_1", participant: { kind: "none" } });
  expect(join).toMatchObject({ key: "join_1", name: "Join 1", type: "parallel_join", join: null, position: { x: 620, y: 40 } });
  expect(state.selection).toEqual({ kind: "state", key: "split_1" });
  // Without a join name only the split is added; a join can be added for it later.
  const alone = run(initialDesignerState(starterDoc()), { type: "addState", stateType: "inclusive_split", name: "S" });
  expect(alone.doc.states.map((s) => [s.key, s.join])).toEqual([["start", null], ["done", null], ["split_1", null]]);
  const later = run(alone, { type: "addJoin", split: "split_1", name: "Meet" });
  expect(later.doc.states.at(-1)).toMatchObject({ key: "join_1", type: "inclusive_join", name: "Meet" });
  expect(later.doc.states[2].join).toBe("join_1");
  // A state that is not a split gets no join.
  expect(run(alone, { type: "addJoin", split: "start", name: "X" }).doc).toBe(alone.doc);
});

test("transitions out of a gateway are auto, without a required-field check", () => {
  const state = run(
    initialDesignerState(gatewayDoc()),
    { type: "connect", source: "par", target: "it", name: "To IT" },
    { type: "connect", source: "it", target: "par_join", name: "Back" },
  );
  const [fromGateway, fromStep] = state.doc.transitions.slice(-2);
  expect(fromGateway).toMatchObject({ source: "par", kind: "auto", check_required_fields: false, condition: null, expression: null });
  expect(fromStep).toMatchObject({ source: "it", kind: "manual", check_required_fields: true });
});

test("renaming a join renames the split's join; removing it leaves the split without one", () => {
  const renamed = run(initialDesignerState(gatewayDoc()), { type: "renameState", from: "meet", to: "gather" });
  expect(renamed.doc.states.find((s) => s.key === "fork")!.join).toBe("gather");
  expect(renamed.doc.transitions.find((t) => t.key === "finish")!.source).toBe("gather");
  const removed = run(renamed, { type: "removeState", key: "gather" });
  expect(removed.doc.states.find((s) => s.key === "fork")!.join).toBeNull();
  expect(removed.doc.transitions.map((t) => t.key)).not.toContain("finish");
});

test("undo and redo walk the document's history; a new edit drops what was undone", () => {
  const start = initialDesignerState(starterDoc());
  const added = run(start, { type: "addState", stateType: "normal", name: "A" }, { type: "moveState", key: "state_1", position: { x: 5, y: 6 } });
  expect(added.past).toHaveLength(2);
  const undone = run(added, { type: "undo" });
  expect(undone.doc.states[2].position).toEqual({ x: 560, y: 0 });
  expect(run(undone, { type: "undo" }).doc).toBe(start.doc);
  expect(run(undone, { type: "undo" }).selection).toBeNull(); // the selected state is gone
  const redone = run(undone, { type: "undo" }, { type: "redo" }, { type: "redo" });
  expect(redone.doc).toBe(added.doc);
  expect(run(redone, { type: "redo" })).toBe(redone); // nothing to redo
  const branched = run(undone, { type: "removeState", key: "state_1" });
  expect(branched.future).toEqual([]);
  expect(run(start, { type: "undo" })).toBe(start);
});

test("typing a name is one undo step; another element or a selection starts a new one", () => {
  const start = run(initialDesignerState(richDoc()), { type: "select", selection: { kind: "state", key: "review" } });
  const typed = run(
    start,
    { type: "updateState", key: "review", patch: { name: "R" } },
    { type: "updateState", key: "review", patch: { name: "Re" } },
    { type: "updateState", key: "review", patch: { name: "Rev" } },
  );
  expect(typed.past).toHaveLength(1);
  expect(run(typed, { type: "undo" }).doc).toBe(start.doc);
  const again = run(typed, { type: "select", selection: null }, { type: "updateState", key: "review", patch: { name: "Revi" } });
  expect(again.past).toHaveLength(2);
  expect(run(typed, { type: "updateTransition", key: "approve", patch: { name: "OK" } }).past).toHaveLength(2);
});

test("the history is bounded, and loading a document clears it", () => {
  let state = initialDesignerState(starterDoc());
  for (let index = 0; index < HISTORY_LIMIT + 20; index += 1) state = run(state, { type: "moveState", key: "start", position: { x: index, y: 0 } });
  expect(state.past).toHaveLength(HISTORY_LIMIT);
  const loaded = run(state, { type: "load", doc: richDoc() });
  expect(loaded.past).toEqual([]);
  expect(loaded.revision).toBe(loaded.savedRevision);
});
