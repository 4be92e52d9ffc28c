import type { FieldSpec } from "../../types";

/** What every field widget takes: Form.Item injects `id`, `value` and `onChange`; values are in the
 *  API's format (see values.ts). */
export type WidgetProps<T> = {
  field: FieldSpec;
  id?: string;
  value?: T | null;
  onChange?: (value: T | null) => void;
  disabled?: boolean;
  "aria-label"?: string;
};
