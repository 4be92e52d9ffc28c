// Form rules shared by the create, clone and settings forms (the backend's limits, said in words).
import type { Rule } from "antd/es/form";
import type { TFunction } from "i18next";

export const KEY_PATTERN = /^[a-z][a-z0-9_-]{1,63}$/;

export const keyRules = (t: TFunction): Rule[] => [
  { required: true, message: t("form.keyRequired") },
  { pattern: KEY_PATTERN, message: t("form.keyPattern") },
];

export const nameRules = (t: TFunction): Rule[] => [
  { required: true, whitespace: true, message: t("form.nameRequired") },
  { max: 200, message: t("form.tooLong", { max: 200 }) },
];

export const categoryRules = (t: TFunction): Rule[] => [{ max: 100, message: t("form.tooLong", { max: 100 }) }];
export const descriptionRules = (t: TFunction): Rule[] => [{ max: 4000, message: t("form.tooLong", { max: 4000 }) }];

/** Existing categories as AutoComplete options. */
export const categoryOptions = (categories: string[]) =>
  [...new Set(categories.filter(Boolean))].sort().map((value) => ({ value }));
