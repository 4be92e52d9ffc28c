import { renderHook } from "@testing-library/react";
import { useShortcuts } from "./use-shortcuts";

const press = (key: string, target: Element = document.body, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));

afterEach(() => {
  document.body.innerHTML = "";
});

test("a bound key runs its handler and is kept from the page", () => {
  const slash = vi.fn();
  renderHook(() => useShortcuts({ "/": slash }));
  const event = new KeyboardEvent("keydown", { key: "/", bubbles: true, cancelable: true });
  document.body.dispatchEvent(event);
  expect(slash).toHaveBeenCalledTimes(1);
  expect(event.defaultPrevented).toBe(true);
  press("x");
  expect(slash).toHaveBeenCalledTimes(1);
});

test("keys typed into a field, a chord, or a key inside a dialog are not shortcuts", () => {
  const j = vi.fn();
  renderHook(() => useShortcuts({ j }));
  for (const tag of ["input", "textarea", "select"]) {
    const field = document.body.appendChild(document.createElement(tag));
    press("j", field);
  }
  const editable = document.body.appendChild(document.createElement("div"));
  editable.setAttribute("contenteditable", "true");
  press("j", editable);
  press("j", document.body, { ctrlKey: true });
  press("j", document.body, { metaKey: true });
  const dialog = document.body.appendChild(document.createElement("div"));
  dialog.setAttribute("role", "dialog");
  press("j", dialog.appendChild(document.createElement("button")));
  expect(j).not.toHaveBeenCalled();
  press("j");
  expect(j).toHaveBeenCalledTimes(1);
});

test("Enter on a button or a link keeps its own meaning", () => {
  const enter = vi.fn();
  renderHook(() => useShortcuts({ Enter: enter }));
  press("Enter", document.body.appendChild(document.createElement("button")));
  const link = document.body.appendChild(document.createElement("a"));
  link.href = "/x";
  press("Enter", link);
  expect(enter).not.toHaveBeenCalled();
  press("Enter");
  expect(enter).toHaveBeenCalledTimes(1);
});

test("nothing is bound while disabled or after unmounting; the latest handler runs", () => {
  const first = vi.fn();
  const second = vi.fn();
  const { rerender, unmount } = renderHook(({ run, enabled }) => useShortcuts({ a: run }, enabled), { initialProps: { run: first, enabled: false } });
  press("a");
  expect(first).not.toHaveBeenCalled();
  rerender({ run: second, enabled: true });
  press("a");
  expect(second).toHaveBeenCalledTimes(1);
  expect(first).not.toHaveBeenCalled();
  unmount();
  press("a");
  expect(second).toHaveBeenCalledTimes(1);
});
