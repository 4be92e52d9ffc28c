import { ConditionSyntaxError, allowedOps, parseExpression, renameFieldInExpression, toExpression } from ".";
import type { Condition } from "../types";

describe("parseExpression", () => {
  test("a comparison and the operators", () => {
    expect(parseExpression("days > 3")).toEqual({ groups: [[{ field: "days", op: "gt", value: 3 }]] });
    expect(parseExpression('t in ["a", "b"]')).toEqual({ groups: [[{ field: "t", op: "in", value: ["a", "b"] }]] });
    expect(parseExpression("x not in [1, 2.5]").groups[0][0]).toEqual({ field: "x", op: "not_in", value: [1, 2.5] });
    expect(parseExpression("x is empty").groups[0][0]).toEqual({ field: "x", op: "is_empty", value: null });
    expect(parseExpression("x IS NOT EMPTY").groups[0][0].op).toBe("is_not_empty");
    expect(parseExpression("x not contains 'a\\'b'").groups[0][0]).toEqual({ field: "x", op: "not_contains", value: "a'b" });
    expect(parseExpression("`not` == true").groups[0][0]).toEqual({ field: "not", op: "eq", value: true });
    expect(parseExpression("x == null").groups[0][0].value).toBeNull();
  });

  test("and binds tighter than or; and distributes over or", () => {
    expect(parseExpression("a == 1 or b == 2 and c == 3")).toEqual({
      groups: [[{ field: "a", op: "eq", value: 1 }], [{ field: "b", op: "eq", value: 2 }, { field: "c", op: "eq", value: 3 }]],
    });
    expect(parseExpression("(a == 1 or b == 2) and c == 3").groups).toHaveLength(2);
  });

  test("not is pushed down by De Morgan", () => {
    expect(parseExpression("not (a > 1 and b in [1])")).toEqual({
      groups: [[{ field: "a", op: "lte", value: 1 }], [{ field: "b", op: "not_in", value: [1] }]],
    });
  });

  test("numbers stay exact", () => {
    expect(parseExpression("x == 1000.50").groups[0][0].value).toBe(1000.5);
    expect(parseExpression("x == 0.10000000000000000001").groups[0][0].value).toBe("0.10000000000000000001");
    expect(parseExpression("x == 12345678901234567890").groups[0][0].value).toBe("12345678901234567890");
    expect(parseExpression("x == -1e-3").groups[0][0].value).toBe(-0.001);
  });

  test.each([
    ["", "empty expression", 0],
    ["x = 1", "unknown operator '=' (use '==' to compare)", 2],
    ["x == ", "expected a value", 5],
    ["(x == 1", "expected ')'", 7],
    ["x == 1)", "unbalanced ')'", 6],
    ["x == 'a", "unterminated string", 5],
    ["x == 1 y", "unexpected 'y'", 7],
    ["and == 1", "expected a comparison", 0],
    ["x is 3", "expected 'empty' or 'not empty'", 5],
    ["x == 12abc", "invalid number", 5],
  ])("rejects %j with a message and position", (text, message, position) => {
    try {
      parseExpression(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConditionSyntaxError);
      expect((error as ConditionSyntaxError).message).toContain(message);
      expect((error as ConditionSyntaxError).position).toBe(position);
    }
  });
});

describe("toExpression", () => {
  test("prints the canonical text that parses back to the same condition", () => {
    const condition: Condition = {
      groups: [
        [{ field: "days", op: "gt", value: 3 }, { field: "leave_type", op: "in", value: ["annual", 'say "hi"'] }],
        [{ field: "note", op: "is_empty", value: null }],
        [{ field: "or", op: "eq", value: true }],
      ],
    };
    const text = toExpression(condition);
    expect(text).toBe('(days > 3 and leave_type in ["annual", "say \\"hi\\""]) or note is empty or `or` == true');
    expect(parseExpression(text)).toEqual(condition);
  });

  test("one group needs no parentheses", () => {
    expect(toExpression({ groups: [[{ field: "a", op: "ne", value: "x" }, { field: "b", op: "lte", value: 2 }]] })).toBe('a != "x" and b <= 2');
    expect(toExpression({ groups: [] })).toBe("");
  });
});

describe("operators per field type", () => {
  test("follow the backend's table", () => {
    expect(allowedOps("int")).toEqual(["eq", "ne", "gt", "gte", "lt", "lte", "in", "not_in", "is_empty", "is_not_empty"]);
    expect(allowedOps("string")).toContain("starts_with");
    expect(allowedOps("rich_text")).not.toContain("starts_with");
    expect(allowedOps("users")).toEqual(["contains", "not_contains", "is_empty", "is_not_empty"]);
    expect(allowedOps("table")).toEqual(["is_empty", "is_not_empty"]);
    expect(allowedOps("bool")).toEqual(["eq", "ne", "in", "not_in", "is_empty", "is_not_empty"]);
    expect(allowedOps(undefined)).toHaveLength(14);
  });
});

test("renaming a field inside an expression leaves strings and other fields alone", () => {
  expect(renameFieldInExpression('days > 3 and note == "days"', "days", "nights")).toBe('nights > 3 and note == "days"');
  expect(renameFieldInExpression("broken ==", "broken", "x")).toBe("x ==");
  expect(renameFieldInExpression("x = 1", "x", "y")).toBe("x = 1");
  // Token positions count code points (as the server does); renaming slices by UTF-16 offsets.
  expect(renameFieldInExpression('note == "😀😀" and days > 3', "days", "nights")).toBe('note == "😀😀" and nights > 3');
});
