import { renderHook } from "@testing-library/react";
import { vi } from "vitest";
import { pretendScreen } from "@/test/media";
import { useScreens } from "./use-screens";

afterEach(() => vi.unstubAllGlobals());

test("a phone's breakpoints are known in the first render", () => {
  pretendScreen(412);
  const renders: unknown[] = [];
  renderHook(() => renders.push(useScreens()));
  expect(renders[0]).toEqual({ xs: true, sm: false, md: false, lg: false, xl: false, xxl: false });
});

test("a desktop's too", () => {
  pretendScreen(1280);
  const { result } = renderHook(() => useScreens());
  expect(result.current).toMatchObject({ xs: false, md: true, lg: true, xl: true, xxl: false });
});
