// Tokenizer of the condition language, a port of backend/engine/workflows/conditions/lexer.py (same tokens,
// same error messages and positions) so the designer can convert expressions without a round trip.
// Positions count code points as Python does (an emoji is one character, not two UTF-16 units), so
// an error points at the same place here and in the server's answer; tests/vectors/conditions.json
// holds the cases both sides run.

export const KEYWORDS = new Set([
  "and",
  "or",
  "not",
  "in",
  "contains",
  "starts_with",
  "ends_with",
  "is",
  "empty",
  "true",
  "false",
  "null",
]);
const SYMBOLS = new Set(["==", "!=", ">", ">=", "<", "<="]);
const SYMBOL_CHARS = new Set(["=", "!", "<", ">", "~"]);
const WHITESPACE = new Set([" ", "\t", "\r", "\n"]);
const PUNCTUATION: Record<string, TokenKind> = {
  "(": "lparen",
  ")": "rparen",
  "[": "lbracket",
  "]": "rbracket",
  ",": "comma",
};
const ESCAPES: Record<string, string> = { "\\": "\\", '"': '"', "'": "'", n: "\n", t: "\t" };
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const IDENT_FULL = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NUMBER = /-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const MAX_NUMBER_LENGTH = 128;
const MAX_FIELD_LENGTH = 64;

export type TokenKind =
  | "field"
  | "keyword"
  | "number"
  | "string"
  | "symbol"
  | "lparen"
  | "rparen"
  | "lbracket"
  | "rbracket"
  | "comma"
  | "eof";

export interface Token {
  kind: TokenKind;
  /** The source text of the token. */
  text: string;
  /** Offset of its first character, in code points (what the server reports). */
  pos: number;
  /** Offset of its first character in the string (UTF-16 units), to slice the text. */
  offset: number;
  /** Field name, lower-cased keyword, number text or decoded string. */
  value?: string;
}

export class ConditionSyntaxError extends Error {
  readonly position: number;

  constructor(message: string, position: number) {
    super(message);
    this.name = "ConditionSyntaxError";
    this.position = position;
  }
}

export function describe(token: Token): string {
  if (token.kind === "eof") return "the end of the expression";
  const chars = [...token.text];
  const text = chars.length <= 24 ? token.text : `${chars.slice(0, 21).join("")}...`;
  return token.kind === "keyword" ? `the keyword '${text}'` : `'${text}'`;
}

const isDigit = (ch: string) => ch >= "0" && ch <= "9";
const isLetter = (ch: string) => (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z");
// Python's str.isalnum and str.isprintable, for one character (a code point).
const ALNUM = /^[\p{L}\p{N}]$/u;
const UNPRINTABLE = /^[\p{C}\p{Z}]$/u;

/** The character (a whole code point, not half a surrogate pair) at a UTF-16 index. */
function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index)!);
}

/** A one-character string as Python's repr writes it ('x', '\\\\', '\\x00', '\\u200b'). */
function charRepr(ch: string): string {
  if (ch === "'") return `"'"`;
  if (ch === "\\") return "'\\\\'";
  const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
  if (named[ch]) return `'${named[ch]}'`;
  if (ch !== " " && UNPRINTABLE.test(ch)) {
    const code = ch.codePointAt(0)!;
    const hex = code.toString(16);
    if (code < 0x100) return `'\\x${hex.padStart(2, "0")}'`;
    return code < 0x10000 ? `'\\u${hex.padStart(4, "0")}'` : `'\\U${hex.padStart(8, "0")}'`;
  }
  return `'${ch}'`;
}

/** Maps UTF-16 indices of `text` to code point offsets. */
function codePoints(text: string): (index: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (index) => index;
  const at: number[] = [];
  let count = 0;
  for (let i = 0; i <= text.length; i += 1) {
    at.push(count);
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (!pair) count += 1;
  }
  return (index) => at[index];
}

/** The length of a text in code points (what Python's len counts). */
export const codePointLength = (text: string): number => codePoints(text)(text.length);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const cp = codePoints(text);
  const push = (kind: TokenKind, start: number, end: number, value?: string) =>
    tokens.push({ kind, text: text.slice(start, end), pos: cp(start), offset: start, ...(value === undefined ? {} : { value }) });
  const fail = (message: string, index: number): never => {
    throw new ConditionSyntaxError(message, cp(index));
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (WHITESPACE.has(ch)) {
      i += 1;
    } else if (ch in PUNCTUATION) {
      push(PUNCTUATION[ch], i, i + 1);
      i += 1;
    } else if (ch === '"' || ch === "'") {
      i = readString(text, i, push, fail);
    } else if (ch === "`") {
      i = readQuotedField(text, i, push, fail);
    } else if (ch === "-" || isDigit(ch)) {
      i = readNumber(text, i, push, fail);
    } else if (ch === "_" || isLetter(ch)) {
      IDENT.lastIndex = i;
      const word = IDENT.exec(text)![0];
      if (KEYWORDS.has(word.toLowerCase())) {
        push("keyword", i, i + word.length, word.toLowerCase());
      } else {
        checkFieldLength(word, i, fail);
        push("field", i, i + word.length, word);
      }
      i += word.length;
    } else if (SYMBOL_CHARS.has(ch)) {
      let j = i;
      while (j < n && SYMBOL_CHARS.has(text[j])) j += 1;
      const symbol = text.slice(i, j);
      if (!SYMBOLS.has(symbol)) {
        const hint = symbol === "=" ? " (use '==' to compare)" : "";
        fail(`unknown operator '${symbol}'${hint}`, i);
      }
      push("symbol", i, j, symbol);
      i = j;
    } else {
      fail(`unexpected character ${charRepr(charAt(text, i))}`, i);
    }
  }
  tokens.push({ kind: "eof", text: "", pos: cp(n), offset: n });
  return tokens;
}

type Push = (kind: TokenKind, start: number, end: number, value?: string) => void;
type Fail = (message: string, index: number) => never;

function checkFieldLength(name: string, index: number, fail: Fail): void {
  if (name.length > MAX_FIELD_LENGTH) fail(`field name longer than ${MAX_FIELD_LENGTH} characters`, index);
}

function readString(text: string, start: number, push: Push, fail: Fail): number {
  const quote = text[start];
  let out = "";
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === quote) {
      push("string", start, i + 1, out);
      return i + 1;
    }
    if (ch === "\\") {
      if (i + 1 >= text.length) break;
      const next = charAt(text, i + 1);
      const escaped = ESCAPES[next];
      if (escaped === undefined) fail(`unknown escape '\\${next}' in string (use \\\\ \\" \\' \\n or \\t)`, i);
      out += escaped;
      i += 2;
    } else {
      out += ch;
      i += 1;
    }
  }
  return fail("unterminated string", start);
}

function readQuotedField(text: string, start: number, push: Push, fail: Fail): number {
  const end = text.indexOf("`", start + 1);
  if (end < 0) fail("unterminated `quoted field name`", start);
  const name = text.slice(start + 1, end);
  if (!IDENT_FULL.test(name)) fail("a quoted field name must be a letter or '_' followed by letters, digits or '_'", start);
  checkFieldLength(name, start, fail);
  push("field", start, end + 1, name);
  return end + 1;
}

function readNumber(text: string, start: number, push: Push, fail: Fail): number {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  if (!match) return fail("expected a number after '-'", start);
  const end = start + match[0].length;
  if (end < text.length) {
    const next = charAt(text, end);
    if (next === "." || next === "_" || ALNUM.test(next)) fail(`invalid number '${text.slice(start, end + next.length)}'`, start);
  }
  if (end - start > MAX_NUMBER_LENGTH) fail(`number longer than ${MAX_NUMBER_LENGTH} characters`, start);
  push("number", start, end, match[0]);
  return end;
}
