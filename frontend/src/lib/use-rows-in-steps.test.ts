import { act, renderHook } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { useRowsInSteps } from "./use-rows-in-steps";

test("rows come a step at a time, then all of them; a refresh shows at once", async () => {
  vi.useFakeTimers();
  const rows = Array.from({ length: 12 }, (_, index) => index);
  const { result, rerender } = renderHook(({ list }) => useRowsInSteps(list, true, 5), { initialProps: { list: rows } });
  expect(result.current).toHaveLength(5);
  await act(async () => vi.advanceTimersByTime(1));
  expect(result.current).toHaveLength(10);
  await act(async () => vi.advanceTimersByTime(1));
  expect(result.current).toHaveLength(12);
  rerender({ list: [...rows] });
  expect(result.current).toHaveLength(12);
  vi.useRealTimers();
});

test("off, every row at once", () => {
  const rows = Array.from({ length: 12 }, (_, index) => index);
  const { result } = renderHook(() => useRowsInSteps(rows, false, 5));
  expect(result.current).toHaveLength(12);
});
