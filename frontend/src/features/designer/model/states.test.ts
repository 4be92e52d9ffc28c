import { richDoc, starterDoc } from "../testing/documents";
import { NODE_BOX, type ViewRect, nextStatePosition, placeNewState } from ".";
import type { Doc, Position } from ".";

const VIEW: ViewRect = { x: -100, y: -200, width: 1000, height: 600 };

function clear(doc: Doc, at: Position) {
  return doc.states.every(
    ({ position }) => !position || Math.abs(position.x - at.x) >= NODE_BOX.width + NODE_BOX.gap || Math.abs(position.y - at.y) >= NODE_BOX.height + NODE_BOX.gap,
  );
}

function inView(view: ViewRect, at: Position) {
  return at.x >= view.x && at.y >= view.y && at.x + NODE_BOX.width <= view.x + view.width && at.y + NODE_BOX.height <= view.y + view.height;
}

test("a new state goes right of the selected state when that spot is free and in view", () => {
  const doc = starterDoc(); // start at (0,0), done at (300,0)
  const at = placeNewState(doc, { x: 300, y: 0 }, VIEW);
  expect(at).toEqual({ x: 560, y: 0 });
});

test("next to the selection but not on top of a state: below, above or left, still in view", () => {
  const doc = starterDoc();
  // Right of `start` is where `done` is: it goes below `start` instead.
  const at = placeNewState(doc, { x: 0, y: 0 }, VIEW);
  expect(at).toEqual({ x: 0, y: NODE_BOX.height + NODE_BOX.gap * 2 });
  expect(clear(doc, at)).toBe(true);
});

test("without a selection (or no room by it) it goes in the middle of the view, off every state", () => {
  const doc = starterDoc();
  const view: ViewRect = { x: 2000, y: 1000, width: 800, height: 500 };
  const at = placeNewState(doc, null, view);
  expect(inView(view, at)).toBe(true);
  expect(at).toEqual({ x: 2000 + 400 - NODE_BOX.width / 2, y: 1000 + 250 - NODE_BOX.height / 2 });
  // A selection far outside the view does not pull the state off-screen.
  const far = placeNewState(doc, { x: -5000, y: -5000 }, view);
  expect(inView(view, far)).toBe(true);
});

test("a crowded middle: the nearest free spot in view", () => {
  const doc = richDoc();
  const centre = { x: 300, y: 0 };
  const view: ViewRect = { x: centre.x - 500 + NODE_BOX.width / 2, y: centre.y - 300 + NODE_BOX.height / 2, width: 1000, height: 600 };
  const crowded = { ...doc, states: doc.states.map((state, index) => ({ ...state, position: index === 0 ? centre : state.position })) };
  const at = placeNewState(crowded, null, view);
  expect(clear(crowded, at)).toBe(true);
  expect(inView(view, at)).toBe(true);
});

test("no canvas measured yet: right of the rightmost state, as before", () => {
  const doc = starterDoc();
  expect(placeNewState(doc, null, null)).toEqual(nextStatePosition(doc));
});
