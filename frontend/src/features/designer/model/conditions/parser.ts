// Recursive-descent parser of the condition language and its normalisation to an OR of AND-groups,
// a port of backend/engine/workflows/conditions/parser.py. The server stays the judge (it validates on
// save); this lets the designer turn an expression into builder rows.
import type { Comparison, Condition, ConditionOp } from "../types";
import { ConditionSyntaxError, type Token, codePointLength, describe, tokenize } from "./lexer";

const MAX_TEXT_LENGTH = 4000;
const MAX_DEPTH = 32;
const MAX_LIST_LENGTH = 200;
const MAX_GROUPS = 64;
const MAX_GROUP_SIZE = 64;
const MAX_INT_DIGITS = 100;

const SYMBOL_OPS: Record<string, ConditionOp> = { "==": "eq", "!=": "ne", ">": "gt", ">=": "gte", "<": "lt", "<=": "lte" };
const KEYWORD_OPS: Record<string, ConditionOp> = {
  in: "in",
  contains: "contains",
  starts_with: "starts_with",
  ends_with: "ends_with",
};
export const NEGATED: Partial<Record<ConditionOp, ConditionOp>> = {
  eq: "ne",
  ne: "eq",
  gt: "lte",
  lte: "gt",
  gte: "lt",
  lt: "gte",
  in: "not_in",
  not_in: "in",
  contains: "not_contains",
  not_contains: "contains",
  is_empty: "is_not_empty",
  is_not_empty: "is_empty",
};

type Node =
  | { type: "compare"; comparison: Comparison; opPos: number }
  | { type: "not"; item: Node }
  | { type: "junction"; conjunction: boolean; items: Node[]; opPos: number[] };

/** Normalise a decimal literal's text to digits and an exponent, to compare two spellings exactly. */
function decimalParts(text: string): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  let digits = (whole + fraction).replace(/^0+/, "");
  let power = Number(exponent) - fraction.length;
  if (!digits) return "0";
  while (digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    power += 1;
  }
  return `${sign}${digits}e${power}`;
}

// The exponents Python's Decimal reads exactly (libmpdec's largest exponent and Etiny); the server
// refuses a literal beyond them ("number out of range"), so the designer does too.
const MAX_DECIMAL_EXPONENT = 999_999_999_999_999_999n;
const MIN_DECIMAL_EXPONENT = -1_999_999_999_999_999_997n;

function decimalInRange(text: string): boolean {
  const match = /^-?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return true;
  const [, whole, fraction = "", exponent = "0"] = match;
  const power = BigInt(exponent) - BigInt(fraction.length);
  const digits = (whole + fraction).replace(/^0+/, "").length;
  const adjusted = digits ? power + BigInt(digits - 1) : power;
  return adjusted <= MAX_DECIMAL_EXPONENT && power >= MIN_DECIMAL_EXPONENT;
}

/** A number literal as a condition value: a JS number when it denotes exactly that number, else its text. */
export function numberValue(text: string, pos: number): number | string {
  if (!/[.eE]/.test(text)) {
    if (text.replace(/^-/, "").length > MAX_INT_DIGITS) {
      throw new ConditionSyntaxError(`integer with more than ${MAX_INT_DIGITS} digits`, pos);
    }
    const value = Number(text);
    if (!Number.isSafeInteger(value)) return text;
    return value === 0 ? 0 : value; // an integer has no negative zero: -0 is 0, as on the server
  }
  if (!decimalInRange(text)) throw new ConditionSyntaxError(`number out of range: ${text}`, pos);
  const approx = Number(text);
  if (Number.isFinite(approx) && decimalParts(String(approx)) === decimalParts(text)) return approx;
  return text;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.index];
  }

  private advance(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== "eof") this.index += 1;
    return token;
  }

  private atKeyword(...words: string[]): boolean {
    const token = this.peek();
    return token.kind === "keyword" && words.includes(token.value ?? "");
  }

  parse(): Node {
    if (this.peek().kind === "eof") throw new ConditionSyntaxError("empty expression", 0);
    const node = this.junction(0, false);
    const token = this.peek();
    if (token.kind === "rparen") throw new ConditionSyntaxError("unbalanced ')' (no '(' to close)", token.pos);
    if (token.kind !== "eof") {
      throw new ConditionSyntaxError(
        `unexpected ${describe(token)} after a complete comparison; expected 'and', 'or' or the end of the expression`,
        token.pos,
      );
    }
    return node;
  }

  private junction(depth: number, conjunction: boolean): Node {
    const word = conjunction ? "and" : "or";
    const next = () => (conjunction ? this.notExpr(depth) : this.junction(depth, true));
    const items = [next()];
    const opPos: number[] = [];
    while (this.atKeyword(word)) {
      opPos.push(this.advance().pos);
      items.push(next());
    }
    return items.length === 1 ? items[0] : { type: "junction", conjunction, items, opPos };
  }

  private deeper(depth: number, token: Token): number {
    if (depth + 1 > MAX_DEPTH) {
      throw new ConditionSyntaxError(`expression nested more than ${MAX_DEPTH} levels deep`, token.pos);
    }
    return depth + 1;
  }

  private notExpr(depth: number): Node {
    const token = this.peek();
    if (this.atKeyword("not")) {
      const inner = this.deeper(depth, token);
      this.advance();
      return { type: "not", item: this.notExpr(inner) };
    }
    if (token.kind === "lparen") {
      const inner = this.deeper(depth, token);
      this.advance();
      const node = this.junction(inner, false);
      const closing = this.peek();
      if (closing.kind !== "rparen") {
        throw new ConditionSyntaxError(
          `expected ')' to close the '(' at position ${token.pos}, found ${describe(closing)}`,
          closing.pos,
        );
      }
      this.advance();
      return node;
    }
    return this.comparison();
  }

  private comparison(): Node {
    const previous = this.index > 0 ? this.tokens[this.index - 1] : undefined;
    const token = this.advance();
    if (token.kind !== "field") {
      const after = previous && token.kind === "eof" ? ` after '${previous.text}'` : "";
      const hint =
        token.kind === "keyword" && token.value !== "and" && token.value !== "or"
          ? `; write \`${token.text}\` in backticks to use it as a field name`
          : "";
      throw new ConditionSyntaxError(`expected a comparison${after}, found ${describe(token)}${hint}`, token.pos);
    }
    const field = token.value ?? "";
    const opToken = this.advance();
    const op = this.operator(field, opToken);
    const value = op === "is_empty" || op === "is_not_empty" ? null : this.literal(opToken);
    return { type: "compare", comparison: { field, op, value }, opPos: opToken.pos };
  }

  private operator(field: string, token: Token): ConditionOp {
    if (token.kind === "symbol") return SYMBOL_OPS[token.text];
    if (token.kind === "keyword") {
      const word = token.value ?? "";
      if (word in KEYWORD_OPS) return KEYWORD_OPS[word];
      if (word === "not") {
        const following = this.advance();
        if (following.kind === "keyword" && following.value === "in") return "not_in";
        if (following.kind === "keyword" && following.value === "contains") return "not_contains";
        throw new ConditionSyntaxError(`expected 'in' or 'contains' after 'not', found ${describe(following)}`, following.pos);
      }
      if (word === "is") {
        let negated = false;
        let following = this.advance();
        if (following.kind === "keyword" && following.value === "not") {
          negated = true;
          following = this.advance();
        }
        if (following.kind === "keyword" && following.value === "empty") return negated ? "is_not_empty" : "is_empty";
        const expected = negated ? "'empty' after 'is not'" : "'empty' or 'not empty' after 'is'";
        throw new ConditionSyntaxError(`expected ${expected}, found ${describe(following)}`, following.pos);
      }
    }
    throw new ConditionSyntaxError(
      `expected a comparison operator after field '${field}' (== != > >= < <= in, not in, contains, not contains, ` +
        `starts_with, ends_with, is empty, is not empty), found ${describe(token)}`,
      token.pos,
    );
  }

  private literal(opToken: Token): unknown {
    const token = this.peek();
    if (token.kind === "lbracket") {
      this.advance();
      const items: unknown[] = [];
      if (this.peek().kind === "rbracket") {
        this.advance();
        return items;
      }
      for (;;) {
        const itemToken = this.peek();
        if (items.length >= MAX_LIST_LENGTH) {
          throw new ConditionSyntaxError(`list longer than ${MAX_LIST_LENGTH} items`, itemToken.pos);
        }
        if (itemToken.kind === "lbracket") throw new ConditionSyntaxError("lists cannot be nested", itemToken.pos);
        items.push(this.scalar(`a list item, found ${describe(itemToken)}`));
        const separator = this.advance();
        if (separator.kind === "rbracket") return items;
        if (separator.kind !== "comma") {
          throw new ConditionSyntaxError(`expected ',' or ']' in the list, found ${describe(separator)}`, separator.pos);
        }
      }
    }
    return this.scalar(
      `a value (number, string, true, false, null or [list]) after '${opToken.text}', found ${describe(token)}`,
    );
  }

  private scalar(expected: string): unknown {
    const token = this.advance();
    if (token.kind === "number") return numberValue(token.value ?? "", token.pos);
    if (token.kind === "string") return token.value ?? "";
    if (token.kind === "keyword" && (token.value === "true" || token.value === "false" || token.value === "null")) {
      return { true: true, false: false, null: null }[token.value];
    }
    throw new ConditionSyntaxError(`expected ${expected}`, token.pos);
  }
}

function tooComplex(pos: number): ConditionSyntaxError {
  return new ConditionSyntaxError(
    `expression too complex: as an OR of AND-groups it needs more than ${MAX_GROUPS} groups ` +
      `or more than ${MAX_GROUP_SIZE} comparisons in a group`,
    pos,
  );
}

function dnf(node: Node, negate: boolean): Comparison[][] {
  if (node.type === "compare") {
    if (!negate) return [[node.comparison]];
    const op = NEGATED[node.comparison.op];
    if (!op) throw new ConditionSyntaxError(`cannot negate ${node.comparison.op}`, node.opPos);
    return [[{ ...node.comparison, op }]];
  }
  if (node.type === "not") return dnf(node.item, !negate);
  const conjunction = node.conjunction !== negate;
  let result = dnf(node.items[0], negate);
  node.items.slice(1).forEach((item, index) => {
    const part = dnf(item, negate);
    const pos = node.opPos[index];
    if (conjunction) {
      if (result.length * part.length > MAX_GROUPS) throw tooComplex(pos);
      const combined = result.flatMap((left) => part.map((right) => [...left, ...right]));
      if (combined.some((group) => group.length > MAX_GROUP_SIZE)) throw tooComplex(pos);
      result = combined;
    } else {
      if (result.length + part.length > MAX_GROUPS) throw tooComplex(pos);
      result = [...result, ...part];
    }
  });
  return result;
}

/** Parse an expression into the structured form; throws `ConditionSyntaxError` with a position. */
export function parseExpression(text: string): Condition {
  // Python counts code points: a text of up to twice as many UTF-16 units may still fit.
  if (text.length > 2 * MAX_TEXT_LENGTH || (text.length > MAX_TEXT_LENGTH && codePointLength(text) > MAX_TEXT_LENGTH)) {
    throw new ConditionSyntaxError(`expression longer than ${MAX_TEXT_LENGTH} characters`, MAX_TEXT_LENGTH);
  }
  return { groups: dnf(new Parser(tokenize(text)).parse(), false) };
}
