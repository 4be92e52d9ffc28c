import { act, renderHook } from "@testing-library/react";
import { useCursorPages } from "./use-cursor-pages";

test("remembers each page's cursor, so earlier pages stay reachable", () => {
  const { result, rerender } = renderHook(({ key }) => useCursorPages(key, 10), { initialProps: { key: "a" } });
  expect(result.current.cursor).toBeNull();
  // Page 1 answered a next cursor: two pages are known.
  expect(result.current.pagination("c2").total).toBe(20);
  act(() => result.current.pagination("c2").onChange?.(2, 10));
  expect(result.current.cursor).toBe("c2");
  act(() => result.current.pagination("c3").onChange?.(3, 10));
  expect(result.current.cursor).toBe("c3");
  // The last page: no next cursor, but the three visited pages stay in the pager.
  expect(result.current.pagination(null).total).toBe(30);
  act(() => result.current.pagination(null).onChange?.(1, 10));
  expect(result.current.cursor).toBeNull();
  expect(result.current.pagination("c2").total).toBe(30);
  // New filters start again.
  rerender({ key: "b" });
  expect(result.current.page).toBe(1);
  expect(result.current.pagination(null).total).toBe(10);
});
