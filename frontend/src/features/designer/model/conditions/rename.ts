// Renaming a field inside conditions: structured comparisons and expression text alike.
import type { Branch } from "../types";
import { tokenize } from "./lexer";
import { fieldName } from "./printer";

/** The expression with every reference to field `from` renamed to `to` (unchanged if it does not tokenize). */
export function renameFieldInExpression(text: string, from: string, to: string): string {
  let tokens;
  try {
    tokens = tokenize(text);
  } catch {
    return text;
  }
  let out = "";
  let last = 0;
  for (const token of tokens) {
    if (token.kind !== "field" || token.value !== from) continue;
    out += text.slice(last, token.offset) + fieldName(to);
    last = token.offset + token.text.length;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Does the expression mention the field? (False when it does not tokenize.) */
export function expressionMentions(text: string, field: string): boolean {
  try {
    return tokenize(text).some((token) => token.kind === "field" && token.value === field);
  } catch {
    return false;
  }
}

export function renameFieldInBranch(branch: Branch, from: string, to: string): Branch {
  return {
    ...branch,
    condition: branch.condition
      ? {
          ...branch.condition,
          groups: branch.condition.groups.map((group) =>
            group.map((comparison) => (comparison.field === from ? { ...comparison, field: to } : comparison)),
          ),
        }
      : null,
    expression: branch.expression === null ? null : renameFieldInExpression(branch.expression, from, to),
  };
}

export function branchMentions(branch: Branch, field: string): boolean {
  if (branch.condition?.groups.some((group) => group.some((comparison) => comparison.field === field))) return true;
  return branch.expression !== null && expressionMentions(branch.expression, field);
}
