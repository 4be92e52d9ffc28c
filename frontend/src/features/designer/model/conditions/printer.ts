// The canonical text of a structured condition (port of backend/engine/workflows/conditions/printer.py):
// `parseExpression(toExpression(c))` gives `c` back.
import type { Comparison, Condition, ConditionOp } from "../types";
import { KEYWORDS } from "./lexer";

export const OP_TEXT: Record<ConditionOp, string> = {
  eq: "==",
  ne: "!=",
  gt: ">",
  gte: ">=",
  lt: "<",
  lte: "<=",
  in: "in",
  not_in: "not in",
  contains: "contains",
  not_contains: "not contains",
  starts_with: "starts_with",
  ends_with: "ends_with",
  is_empty: "is empty",
  is_not_empty: "is not empty",
};
const STRING_ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t" };

/** A number as the server prints it (Python's repr): the shortest digits that read back, in exponent
 *  form below 1e-4 and from 1e16 on (`1e-05`, `1.5e+16`). JavaScript has one number type, so an
 *  integral value prints as an integer (the server prints the float 2.0 as `2.0`, the int 2 as `2`). */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} has no expression form`);
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return String(value);
  const [mantissa, exponent] = value.toExponential().split("e");
  const power = Number(exponent);
  if (power >= -4 && power < 16) return String(value);
  return `${mantissa}e${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return numberText(value);
  if (typeof value === "string") {
    return `"${[...value].map((ch) => STRING_ESCAPES[ch] ?? ch).join("")}"`;
  }
  throw new Error(`${JSON.stringify(value)} has no expression form`);
}

function literal(value: unknown): string {
  return Array.isArray(value) ? `[${value.map(scalar).join(", ")}]` : scalar(value);
}

export function fieldName(name: string): string {
  return KEYWORDS.has(name.toLowerCase()) ? `\`${name}\`` : name;
}

export function comparisonText(comparison: Comparison): string {
  const head = `${fieldName(comparison.field || "?")} ${OP_TEXT[comparison.op] ?? comparison.op}`;
  if (comparison.op === "is_empty" || comparison.op === "is_not_empty") return head;
  return `${head} ${literal(comparison.value)}`;
}

/** `a == 1 and b > 2` for one group, `(a == 1 and b > 2) or c is empty` for several; "" for no groups. */
export function toExpression(condition: Condition): string {
  const several = condition.groups.length > 1;
  return condition.groups
    .map((group) => {
      const text = group.map(comparisonText).join(" and ");
      return several && group.length > 1 ? `(${text})` : text;
    })
    .join(" or ");
}
