import { Form } from "antd";
import { useTranslation } from "react-i18next";
import type { FieldSpec, Permission } from "../../types";
import { FieldInput } from "./FieldInput";
import { checkValue, problemText } from "./rules";

export type FormField = { spec: FieldSpec; permission: Permission | string };

/** Form items (named ["fields", key]) for the fields a state shows: hidden ones are left out, read-only
 *  ones disabled; the rules mirror the server's. `checkRequired` is asked at validation time, as the
 *  transition chosen decides whether required fields must be filled. */
export function FieldFormItems({ fields, checkRequired }: { fields: FormField[]; checkRequired: () => boolean }) {
  const { t } = useTranslation("tickets");
  const shown = fields
    .filter((field) => field.permission !== "hidden")
    .sort((a, b) => (a.spec.order ?? 0) - (b.spec.order ?? 0));
  return (
    <>
      {shown.map(({ spec, permission }) => {
        const readOnly = permission === "read_only";
        return (
          <div key={spec.key} data-testid={`field-${spec.key}`}>
            <Form.Item
              name={["fields", spec.key]}
              label={spec.label}
              required={permission === "required"}
              extra={spec.help_text || undefined}
              rules={
                readOnly
                  ? []
                  : [
                      {
                        validator: async (_rule, value: unknown) => {
                          const problem = checkValue(spec, value, { required: permission === "required", checkRequired: checkRequired() });
                          if (problem) throw new Error(problemText(t, problem));
                        },
                      },
                    ]
              }
            >
              <FieldInput field={spec} disabled={readOnly} />
            </Form.Item>
          </div>
        );
      })}
    </>
  );
}
