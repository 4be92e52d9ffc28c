// Tokenizer of the condition language, a port of backend/engine/conditions/lexer.py (same tokens,
// same error messages and positions) so the designer can convert expressions without a round trip.

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
  /** Offset of its first character. */
  pos: number;
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
  const text = token.text.length <= 24 ? token.text : `${token.text.slice(0, 21)}...`;
  return token.kind === "keyword" ? `the keyword '${text}'` : `'${text}'`;
}

const isDigit = (ch: string) => ch >= "0" && ch <= "9";
const isLetter = (ch: string) => (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z");

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (WHITESPACE.has(ch)) {
      i += 1;
    } else if (ch in PUNCTUATION) {
      tokens.push({ kind: PUNCTUATION[ch], text: ch, pos: i });
      i += 1;
    } else if (ch === '"' || ch === "'") {
      i = readString(text, i, tokens);
    } else if (ch === "`") {
      i = readQuotedField(text, i, tokens);
    } else if (ch === "-" || isDigit(ch)) {
      i = readNumber(text, i, tokens);
    } else if (ch === "_" || isLetter(ch)) {
      IDENT.lastIndex = i;
      const word = IDENT.exec(text)![0];
      if (KEYWORDS.has(word.toLowerCase())) {
        tokens.push({ kind: "keyword", text: word, pos: i, value: word.toLowerCase() });
      } else {
        checkFieldLength(word, i);
        tokens.push({ kind: "field", text: word, pos: i, value: word });
      }
      i += word.length;
    } else if (SYMBOL_CHARS.has(ch)) {
      let j = i;
      while (j < n && SYMBOL_CHARS.has(text[j])) j += 1;
      const symbol = text.slice(i, j);
      if (!SYMBOLS.has(symbol)) {
        const hint = symbol === "=" ? " (use '==' to compare)" : "";
        throw new ConditionSyntaxError(`unknown operator '${symbol}'${hint}`, i);
      }
      tokens.push({ kind: "symbol", text: symbol, pos: i, value: symbol });
      i = j;
    } else {
      throw new ConditionSyntaxError(`unexpected character '${ch}'`, i);
    }
  }
  tokens.push({ kind: "eof", text: "", pos: n });
  return tokens;
}

function checkFieldLength(name: string, pos: number): void {
  if (name.length > MAX_FIELD_LENGTH) {
    throw new ConditionSyntaxError(`field name longer than ${MAX_FIELD_LENGTH} characters`, pos);
  }
}

function readString(text: string, start: number, tokens: Token[]): number {
  const quote = text[start];
  let out = "";
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === quote) {
      tokens.push({ kind: "string", text: text.slice(start, i + 1), pos: start, value: out });
      return i + 1;
    }
    if (ch === "\\") {
      if (i + 1 >= text.length) break;
      const escaped = ESCAPES[text[i + 1]];
      if (escaped === undefined) {
        throw new ConditionSyntaxError(`unknown escape '\\${text[i + 1]}' in string (use \\\\ \\" \\' \\n or \\t)`, i);
      }
      out += escaped;
      i += 2;
    } else {
      out += ch;
      i += 1;
    }
  }
  throw new ConditionSyntaxError("unterminated string", start);
}

function readQuotedField(text: string, start: number, tokens: Token[]): number {
  const end = text.indexOf("`", start + 1);
  if (end < 0) throw new ConditionSyntaxError("unterminated `quoted field name`", start);
  const name = text.slice(start + 1, end);
  if (!IDENT_FULL.test(name)) {
    throw new ConditionSyntaxError(
      "a quoted field name must be a letter or '_' followed by letters, digits or '_'",
      start,
    );
  }
  checkFieldLength(name, start);
  tokens.push({ kind: "field", text: text.slice(start, end + 1), pos: start, value: name });
  return end + 1;
}

function readNumber(text: string, start: number, tokens: Token[]): number {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  if (!match) throw new ConditionSyntaxError("expected a number after '-'", start);
  const end = start + match[0].length;
  const next = text[end];
  if (next !== undefined && (next === "." || next === "_" || isDigit(next) || isLetter(next) || /\p{L}|\p{N}/u.test(next))) {
    throw new ConditionSyntaxError(`invalid number '${text.slice(start, end + 1)}'`, start);
  }
  if (end - start > MAX_NUMBER_LENGTH) {
    throw new ConditionSyntaxError(`number longer than ${MAX_NUMBER_LENGTH} characters`, start);
  }
  tokens.push({ kind: "number", text: match[0], pos: start, value: match[0] });
  return end;
}
