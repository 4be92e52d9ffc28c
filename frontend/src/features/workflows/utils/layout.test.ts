import type { StateDef } from "../types";
import { statePositions } from "./layout";

const state = (key: string, type: StateDef["type"] = "normal", position?: { x: number; y: number }) => ({ key, type, position });
const go = (source: string, target: string, branchTo?: string) => ({
  source,
  target,
  branches: branchTo ? [{ target: branchTo, expression: "x > 1" }] : [],
});

test("saved positions are used as they are", () => {
  const { positions, direction } = statePositions([state("a", "start", { x: 0, y: 0 }), state("b", "end", { x: 300, y: 0 })], []);
  expect(positions).toEqual({ a: { x: 0, y: 0 }, b: { x: 300, y: 0 } });
  expect(direction).toBe("right");
});

test("without positions, states are laid out in columns by distance from the start (branches included)", () => {
  const { positions } = statePositions(
    [state("start", "start"), state("review"), state("hr"), state("done", "end"), state("orphan")],
    [go("start", "review"), go("review", "done", "hr")],
  );
  expect(positions.start.x).toBe(0);
  expect(positions.review.x).toBeGreaterThan(positions.start.x);
  expect(positions.hr.x).toBe(positions.done.x);
  expect(positions.hr.y).not.toBe(positions.done.y);
  expect(positions.orphan.x).toBeGreaterThan(positions.done.x);
});
