import type { FieldSpec } from "../../types";
import { checkValue } from "./rules";

const field = (spec: Partial<FieldSpec> & Pick<FieldSpec, "type">): FieldSpec => ({ key: "f", label: "F", ...spec });
const check = (spec: FieldSpec, value: unknown, required = false) => checkValue(spec, value, { required })?.key ?? null;
const choices = [
  { value: "a", label: "A" },
  { value: "b", label: "B" },
];

describe("required", () => {
  test("empty means null, empty text or an empty list; 0 and false are values", () => {
    for (const empty of [null, undefined, "", []]) expect(check(field({ type: "string" }), empty, true)).toBe("validation.required");
    expect(check(field({ type: "int" }), 0, true)).toBeNull();
    expect(check(field({ type: "bool" }), false, true)).toBeNull();
    expect(check(field({ type: "string" }), "", false)).toBeNull();
  });

  test("a transition that skips the check lets required fields stay empty", () => {
    expect(checkValue(field({ type: "string" }), "", { required: true, checkRequired: false })).toBeNull();
  });
});

test("string: one line and length bounds; the pattern is left to the server", () => {
  const version = field({ type: "string", validation: { regex: "v?[0-9]+\\.[0-9]+\\.[0-9]+", min_length: 3, max_length: 10 } });
  expect(check(version, "v2.4.0")).toBeNull();
  expect(check(version, "v2.4.0-beta")).toBe("validation.maxLength.characters");
  expect(check(version, "v1")).toBe("validation.minLength.characters");
  expect(check(field({ type: "string" }), "two\nlines")).toBe("validation.singleLine");
  expect(check(field({ type: "string" }), "a\u2028b")).toBe("validation.singleLine");
  // The server judges the pattern (RE2, linear time): the browser never runs a tenant's regex, so a
  // catastrophic one cannot hang the tab.
  expect(check(version, "x2.4.0")).toBeNull();
  const started = performance.now();
  expect(check(field({ type: "string", validation: { regex: "^(a+)+$" } }), "a".repeat(40) + "!")).toBeNull();
  expect(performance.now() - started).toBeLessThan(100);
});

test("text and rich_text: line breaks are fine, lengths count characters", () => {
  expect(check(field({ type: "text", validation: { max_length: 5 } }), "ab\ncd")).toBeNull();
  expect(check(field({ type: "rich_text", validation: { min_length: 10 } }), "<p>x</p>")).toBe("validation.minLength.characters");
  expect(check(field({ type: "text", validation: { max_length: 2 } }), "😀😀")).toBeNull();
});

test("int: whole numbers within min/max", () => {
  const days = field({ type: "int", validation: { min: "1", max: "60" } });
  expect(check(days, 5)).toBeNull();
  expect(check(days, 0)).toBe("validation.min");
  expect(check(days, 61)).toBe("validation.max");
  expect(check(days, 1.5)).toBe("validation.integer");
  // Digits as text are an integer to the server too (engine/tickets/runtime/values.py `_read_int`).
  expect(check(days, "5")).toBeNull();
  expect(check(days, "5.0")).toBe("validation.integer");
});

test("decimal: a number as text within min/max", () => {
  const amount = field({ type: "decimal", validation: { min: "0.5", max: "100" } });
  expect(check(amount, "12.50")).toBeNull();
  expect(check(amount, "0.1")).toBe("validation.min");
  expect(check(amount, "100.01")).toBe("validation.max");
  expect(check(amount, "12,5")).toBe("validation.number");
});

test("bool: true or false", () => {
  expect(check(field({ type: "bool" }), true)).toBeNull();
  expect(check(field({ type: "bool" }), "yes")).toBe("validation.invalid");
});

test("date, datetime and time: formats and bounds", () => {
  const day = field({ type: "date", validation: { min: "2026-01-01", max: "2026-12-31" } });
  expect(check(day, "2026-06-01")).toBeNull();
  expect(check(day, "2025-12-31")).toBe("validation.min");
  expect(check(day, "2027-01-01")).toBe("validation.max");
  expect(check(day, "01/06/2026")).toBe("validation.date");
  const moment = field({ type: "datetime", validation: { min: "2026-01-01T00:00:00Z" } });
  expect(check(moment, "2026-03-01T10:00:00.000Z")).toBeNull();
  expect(check(moment, "2025-03-01T10:00:00.000Z")).toBe("validation.min");
  expect(check(moment, "soon")).toBe("validation.datetime");
  const time = field({ type: "time", validation: { min: "09:00", max: "18:00" } });
  expect(check(time, "10:30:00")).toBeNull();
  expect(check(time, "08:59:00")).toBe("validation.min");
  expect(check(time, "18:00:01")).toBe("validation.max");
  expect(check(time, "9am")).toBe("validation.time");
});

test("radio and select: one of the choices", () => {
  for (const type of ["radio", "select"] as const) {
    expect(check(field({ type, choices }), "a")).toBeNull();
    expect(check(field({ type, choices }), "z")).toBe("validation.choice");
  }
});

test("checkbox and multi_select: distinct choices, count bounds", () => {
  for (const type of ["checkbox", "multi_select"] as const) {
    const spec = field({ type, choices, validation: { min_length: 1, max_length: 1 } });
    expect(check(spec, ["a"])).toBeNull();
    expect(check(spec, ["z"])).toBe("validation.choice");
    expect(check(spec, ["a", "a"])).toBe("validation.duplicate");
    expect(check(spec, ["a", "b"])).toBe("validation.maxLength.items");
  }
});

test("user, users and department: usernames and codes", () => {
  expect(check(field({ type: "user" }), "alice")).toBeNull();
  expect(check(field({ type: "user" }), 7)).toBe("validation.invalid");
  expect(check(field({ type: "users", validation: { max_length: 2 } }), ["alice", "bob", "carol"])).toBe("validation.maxLength.items");
  expect(check(field({ type: "users" }), ["alice", "alice"])).toBe("validation.duplicate");
  expect(check(field({ type: "department" }), "it-ops")).toBeNull();
});

test("attachment: a list of files, count bounds", () => {
  const file = { name: "a.pdf", url: "http://it.localhost/api/v1/attachments/1", size: 3, content_type: "application/pdf" };
  expect(check(field({ type: "attachment" }), [file])).toBeNull();
  expect(check(field({ type: "attachment", validation: { min_length: 2 } }), [file])).toBe("validation.minLength.items");
});

test("table: row count and every cell against its column", () => {
  const items = field({
    type: "table",
    validation: { max_length: 2 },
    columns: [
      { key: "name", label: "Name", type: "string", required: true },
      { key: "qty", label: "Qty", type: "int", required: false, validation: { min: "1" } },
    ],
  });
  expect(check(items, [{ name: "pen", qty: 2 }])).toBeNull();
  expect(check(items, [{ name: "pen" }, { name: "ink" }, { name: "pad" }])).toBe("validation.maxLength.rows");
  const missing = checkValue(items, [{ name: "pen" }, { name: "", qty: 1 }], { required: false });
  expect(missing).toEqual({ key: "validation.cell", params: { row: 2, column: "Name" }, inner: { key: "validation.required" } });
  expect(checkValue(items, [{ name: "pen", qty: 0 }], { required: false })?.inner?.key).toBe("validation.min");
  // A reject transition does not check required cells either.
  expect(checkValue(items, [{ name: "" }], { required: false, checkRequired: false })).toBeNull();
});
