// The validation rules the console's forms share, said in the caller's namespace: each feature's
// translations hold `validation.required`, `validation.max` and (for codes) `validation.code`.
import type { Rule } from "antd/es/form";
import type { TFunction } from "i18next";

/** A directory or integration code: letters, digits, "_", "." and "-", starting with a letter or digit. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** A required name, not just spaces, of at most `max` characters. */
export const nameRules = (t: TFunction, max = 200): Rule[] => [
  { required: true, whitespace: true, message: t("validation.required") },
  { max, message: t("validation.max", { count: max }) },
];

/** A required code (at most 64 characters) in CODE_PATTERN. */
export const codeRules = (t: TFunction): Rule[] => [
  { required: true, message: t("validation.required") },
  { max: 64, message: t("validation.max", { count: 64 }) },
  { pattern: CODE_PATTERN, message: t("validation.code") },
];

/** An optional text of at most `max` characters. */
export const maxRules = (t: TFunction, max: number): Rule[] => [{ max, message: t("validation.max", { count: max }) }];
