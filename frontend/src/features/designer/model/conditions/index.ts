export { ConditionSyntaxError, tokenize } from "./lexer";
export { parseExpression } from "./parser";
export { comparisonText, toExpression, OP_TEXT } from "./printer";
export { allowedOps, LIST_OPS, VALUELESS_OPS } from "./ops";
export { branchMentions, renameFieldInBranch, renameFieldInExpression } from "./rename";
export { isTypedText, parseTypedValue, type TypedValue, type ValueProblem } from "./values";
