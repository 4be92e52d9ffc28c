import { act, renderHook } from "@testing-library/react";
import { useListCursor } from "./use-list-cursor";

const press = (key: string) => act(() => void document.body.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true })));

test("j / k move the selection within the list, Enter opens the selected item", () => {
  const onOpen = vi.fn();
  const { result } = renderHook(() => useListCursor({ items: ["a", "b", "c"], onOpen }));
  expect(result.current.selected).toBeUndefined();
  press("Enter");
  expect(onOpen).not.toHaveBeenCalled();
  press("j");
  expect(result.current.selected).toBe("a");
  press("j");
  press("j");
  press("j");
  expect(result.current.selected).toBe("c");
  press("k");
  expect(result.current.selected).toBe("b");
  press("Enter");
  expect(onOpen).toHaveBeenCalledWith("b");
  press("k");
  press("k");
  expect(result.current.index).toBe(0);
});

test("when the list shrinks the selection stays on its last item; an empty list selects nothing", () => {
  const { result, rerender } = renderHook(({ items }) => useListCursor({ items }), { initialProps: { items: [1, 2, 3] } });
  press("j");
  press("j");
  press("j");
  expect(result.current.selected).toBe(3);
  rerender({ items: [1, 2] });
  expect(result.current.selected).toBe(2);
  rerender({ items: [] });
  expect(result.current.selected).toBeUndefined();
  press("j");
  expect(result.current.index).toBe(-1);
});
