import { isTypedText, parseTypedValue } from ".";

test.each([
  ["int", "42", 42],
  ["int", " -7 ", -7],
  ["decimal", "12.5", 12.5],
  ["date", "2026-01-31", "2026-01-31"],
  ["datetime", "2026-01-31 09:00", "2026-01-31T09:00"],
  ["datetime", "2026-01-31T09:00:00Z", "2026-01-31T09:00:00Z"],
  ["time", "09:30", "09:30"],
] as const)("%s accepts %j", (type, text, value) => {
  expect(parseTypedValue(type, text)).toEqual({ ok: true, value });
});

test.each([
  ["int", "abc", "number"],
  ["int", "1.5", "integer"],
  ["decimal", "12,5", "number"],
  ["decimal", "", "number"],
  ["date", "tomorrow", "date"],
  ["date", "2026-02-30", "date"],
  ["datetime", "2026-01-31", "datetime"],
  ["time", "25:00", "time"],
] as const)("%s refuses %j (%s)", (type, text, problem) => {
  expect(parseTypedValue(type, text)).toEqual({ ok: false, problem });
});

test("text fields take any text; only numbers and times are checked", () => {
  expect(parseTypedValue("string", "abc")).toEqual({ ok: true, value: "abc" });
  expect(isTypedText("int")).toBe(true);
  expect(isTypedText("date")).toBe(true);
  expect(isTypedText("string")).toBe(false);
  expect(isTypedText(undefined)).toBe(false);
});
