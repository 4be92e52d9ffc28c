// The shared test vectors of the condition language (tests/vectors/conditions.json, see the README
// there), which backend/engine/tickets/tests/test_shared_vectors.py runs against the server's implementation:
// the same texts parse to the same trees, fail with the same position and message, print the same
// canonical text, and every field type offers the same operators. (Static checks and evaluation are
// the server's alone; their texts must still parse here.)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Condition, FieldType } from "../types";
import { ConditionSyntaxError, allowedOps, parseExpression, toExpression } from ".";

type ParseCase =
  | { text: string; groups: Condition["groups"]; canonical: string; note?: string }
  | { text: string; error: { position: number; message: string }; note?: string };

interface Vectors {
  field_types: Record<string, FieldType>;
  operators: Record<FieldType, string[]>;
  parse: ParseCase[];
  check: { text?: string }[];
  evaluate: { text?: string }[];
}

const file = resolve(import.meta.dirname, "../../../../../../tests/vectors/conditions.json");
const vectors: Vectors = JSON.parse(readFileSync(file, "utf8"));
const label = (text: string) => {
  const chars = [...text];
  return JSON.stringify(chars.length <= 60 ? text : `${chars.slice(0, 57).join("")}...`);
};

describe("operators per field type", () => {
  test.each(Object.entries(vectors.operators))("%s", (type, ops) => {
    expect([...allowedOps(type as FieldType)].sort()).toEqual([...ops].sort());
  });
});

describe("parse", () => {
  test.each(vectors.parse.map((vector) => [label(vector.text), vector] as const))("%s", (_name, vector) => {
    if ("error" in vector) {
      let error: unknown;
      try {
        parseExpression(vector.text);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConditionSyntaxError);
      const { position, message } = error as ConditionSyntaxError;
      expect({ position, message }).toEqual(vector.error);
      return;
    }
    const condition = parseExpression(vector.text);
    expect(condition).toEqual({ groups: vector.groups });
    expect(toExpression(condition)).toBe(vector.canonical);
    expect(parseExpression(vector.canonical)).toEqual(condition);
  });
});

describe("the texts the server checks and evaluates parse here too", () => {
  const texts = [...vectors.check, ...vectors.evaluate].flatMap((vector) => (vector.text === undefined ? [] : [vector.text]));
  test.each(texts.map((text) => [label(text), text] as const))("%s", (_name, text) => {
    const condition = parseExpression(text);
    expect(parseExpression(toExpression(condition))).toEqual(condition);
  });
});
