import type { FieldSpec, FieldType, FieldValue, TicketDetail, WorkflowInit } from "../types";

type FieldValueWithDef = FieldValue & { field?: FieldSpec | null };

/** The definition of each of a ticket's fields, as complete as what I may read: the value's own
 *  definition if the API sends one, else the workflow's `init` (same version only), else key/label/type. */
export function fieldSpecs(detail: TicketDetail, init: WorkflowInit | undefined): Map<string, FieldSpec> {
  const sameVersion = init && init.workflow_id === detail.workflow.id && init.version === detail.version;
  const fromInit = new Map(sameVersion ? init.fields.map((item) => [item.field.key, item.field as FieldSpec]) : []);
  return new Map(
    detail.fields.map((value: FieldValueWithDef) => {
      const def = value.field ?? fromInit.get(value.key);
      const spec: FieldSpec = def
        ? { ...def, label: value.label }
        : { key: value.key, label: value.label, type: value.type as FieldType };
      return [value.key, spec];
    }),
  );
}
