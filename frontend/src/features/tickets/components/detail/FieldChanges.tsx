import { Flex, Typography } from "antd";
import type { FieldChange, FieldSpec } from "../../types";
import { FieldDisplay } from "../fields/FieldDisplay";

type Props = {
  changes: FieldChange[];
  /** The ticket's fields by key (their labels, types and choices). */
  specs: Map<string, FieldSpec>;
  /** A new ticket's first values: shown as "Label: value", without the empty "before". */
  initial?: boolean;
};

/** What one action did to the fields: "Label: old → new", each value formatted as the ticket's
 *  fields show it (people by name, choices by label, dates, attachments by name). The server leaves
 *  out the fields hidden from me. */
export function FieldChanges({ changes, specs, initial = false }: Props) {
  return (
    <Flex vertical gap={2} data-testid="field-changes">
      {changes.map((change) => {
        const spec: FieldSpec = specs.get(change.field) ?? { key: change.field, label: change.field, type: "string" };
        return (
          <Flex key={change.field} wrap align="center" gap={6} data-testid={`field-change-${change.field}`}>
            <Typography.Text type="secondary">{spec.label}:</Typography.Text>
            {initial ? null : (
              <>
                <span data-testid="field-change-old">
                  <FieldDisplay field={spec} value={change.old} />
                </span>
                <Typography.Text type="secondary">→</Typography.Text>
              </>
            )}
            <span data-testid="field-change-new">
              <FieldDisplay field={spec} value={change.new} />
            </span>
          </Flex>
        );
      })}
    </Flex>
  );
}
