import { versions } from "../testing/samples";
import type { VersionSummary } from "../types";
import { defaultRange, draftRevision } from "./versions";

const only = (...spec: [number, string][]): VersionSummary[] =>
  spec.map(([number, status]) => ({ ...versions[0], number, status }));

test("by default the diff shows the previous version → the current one", () => {
  expect(defaultRange(versions, 2)).toEqual({ from: 1, to: 2 });
});

test("with nothing before the current version, it shows the current version → the draft", () => {
  expect(defaultRange(only([2, "draft"], [1, "published"]), 1)).toEqual({ from: 1, to: 2 });
});

test("never published: the last two versions; one version: nothing to compare", () => {
  expect(defaultRange(only([3, "draft"], [2, "archived"], [1, "archived"]), null)).toEqual({ from: 1, to: 2 });
  expect(defaultRange(only([1, "draft"]), null)).toBeUndefined();
});

test("the draft's revision is read from its ETag", () => {
  expect(draftRevision('"3.7"')).toBe(7);
  expect(draftRevision(null)).toBeUndefined();
});
