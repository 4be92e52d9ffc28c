import { sampleChanges } from "../testing/samples";
import { formatValue, graphMarks, groupChanges, itemLabels } from "./diff";

test("changes are grouped by area, in a fixed order, and by item within keyed areas", () => {
  const groups = groupChanges(sampleChanges);
  expect(groups.map((group) => group.area)).toEqual(["general", "fields", "states", "transitions", "audiences"]);

  const states = groups.find((group) => group.area === "states")!;
  expect(states.items.map((item) => [item.key, item.op])).toEqual([
    ["hr_review", "added"],
    ["lead_review", "changed"],
    ["approved", "changed"],
    ["cancelled", "removed"],
  ]);
  // Two attribute changes of one state stay together under it.
  expect(states.items[1].entries.map((entry) => [entry.attribute, entry.before, entry.after])).toEqual([
    ["participant.kind", "users", "variable"],
    ["name", "Lead", "Lead review"],
  ]);
  expect(states.counts).toEqual({ added: 1, removed: 1, changed: 2 });
});

test("a reorder of a keyed list is its own item; document attributes keep their path", () => {
  const groups = groupChanges(sampleChanges);
  const transitions = groups.find((group) => group.area === "transitions")!;
  const order = transitions.items.find((item) => item.key === null)!;
  expect(order.entries[0]).toMatchObject({ reorder: true, op: "changed" });
  const general = groups.find((group) => group.area === "general")!;
  expect(general.items[0].entries[0]).toMatchObject({ attribute: "serial_prefix", before: "LV", after: "LEAVE" });
  const audiences = groups.find((group) => group.area === "audiences")!;
  expect(audiences.items[0].entries[0].attribute).toBe("creators.everyone");
});

test("no changes, no groups", () => {
  expect(groupChanges([])).toEqual([]);
});

test("graph marks colour states and transitions, not a state that only moved", () => {
  const marks = graphMarks(sampleChanges);
  expect(marks.states).toEqual({ hr_review: "added", lead_review: "changed", cancelled: "removed" });
  expect(marks.transitions).toEqual({ hr_approve: "added", cancel: "removed" });
});

test("values read as text", () => {
  expect(formatValue(null)).toBe("—");
  expect(formatValue("")).toBe('""');
  expect(formatValue(false)).toBe("false");
  expect(formatValue(["a", "b"])).toBe("a, b");
  expect(formatValue({ x: 1 })).toBe('{"x":1}');
});

test("item labels come from the documents, the newer winning", () => {
  const labels = itemLabels(
    { states: [{ key: "a", name: "Old" }], fields: [{ key: "days", label: "Days" }] },
    { states: [{ key: "a", name: "New" }] },
  );
  expect(labels).toEqual({ "states.a": "New", "fields.days": "Days" });
});
