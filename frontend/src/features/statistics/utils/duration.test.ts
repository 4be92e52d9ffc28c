import { axisUnit, formatDuration, formatInUnit } from "./duration";

test("durations read in their two largest units", () => {
  expect(formatDuration(0)).toBe("0 s");
  expect(formatDuration(45)).toBe("45 s");
  expect(formatDuration(90)).toBe("1 min 30 s");
  expect(formatDuration(3 * 3600 + 20 * 60 + 15)).toBe("3 h 20 min");
  expect(formatDuration(2 * 86400 + 4 * 3600)).toBe("2 d 4 h");
  expect(formatDuration(86400)).toBe("1 d");
});

test("a zero middle unit ends the text instead of skipping to a smaller one", () => {
  expect(formatDuration(2 * 86400 + 5 * 60)).toBe("2 d");
  expect(formatDuration(3600 + 30)).toBe("1 h");
});

test("under a second is not zero", () => {
  expect(formatDuration(0.004)).toBe("< 1 s");
  expect(formatDuration(0.4, undefined, 2, "不到 1 秒")).toBe("不到 1 秒");
});

test("one part, and translated units", () => {
  expect(formatDuration(5400, undefined, 1)).toBe("1 h");
  expect(formatDuration(5400, (unit, count) => `${count}${{ d: "天", h: "小时", min: "分钟", s: "秒", ms: "毫秒" }[unit]}`)).toBe("1小时 30分钟");
});

test("nonsense is zero, not NaN", () => {
  expect(formatDuration(Number.NaN)).toBe("0 s");
  expect(formatDuration(-5)).toBe("0 s");
});

test("axis ticks use one unit chosen from the largest value", () => {
  expect(axisUnit(0)).toBe("s");
  expect(axisUnit(0.2)).toBe("ms");
  expect(formatInUnit(0.0035, "ms")).toBe("3.5 ms");
  expect(axisUnit(1)).toBe("s");
  expect(axisUnit(59)).toBe("s");
  expect(axisUnit(7200)).toBe("h");
  expect(axisUnit(3 * 86400)).toBe("d");
  expect(formatInUnit(5400, "h")).toBe("1.5 h");
  expect(formatInUnit(0.05, "s")).toBe("0.1 s");
  expect(formatInUnit(0, "min")).toBe("0 min");
});
