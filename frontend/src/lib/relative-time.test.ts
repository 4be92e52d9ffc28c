import { describe, expect, it } from "vitest";
import { relativeTime } from "./relative-time";

describe("relativeTime", () => {
  const from = "2026-12-07T08:00:00Z";
  it("picks the largest unit that fits", () => {
    expect(relativeTime(from, "2026-12-07T09:00:00Z", "en")).toBe("in 1 hour");
    expect(relativeTime(from, "2026-12-07T08:30:00Z", "en")).toBe("in 30 minutes");
    expect(relativeTime(from, "2026-12-09T08:00:00Z", "en")).toBe("in 2 days");
    expect(relativeTime(from, "2026-12-07T06:00:00Z", "en")).toBe("2 hours ago");
  });
  it("speaks the reader's language", () => {
    expect(relativeTime(from, "2026-12-07T10:00:00Z", "zh-CN")).toBe("2小时后");
  });
});
