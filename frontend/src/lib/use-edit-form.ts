// The state every create-or-edit form of the console keeps: the form, the mutation in use, and
// where the server's refusals go.
import { Form, type FormInstance, type FormProps } from "antd";
import { ApiError } from "./api-error";
import { applyFieldProblems } from "./form-problems";

type Mutation = { isPending: boolean; error: Error | null; reset: () => void };
/** Where an error code's refusal goes: a field (with the server's message), or a field and a message. */
type Conflict = string | { field: string; message: string };

type Options<C extends Mutation, U extends Mutation> = {
  /** The create mutation (absent on edit-only forms) and the update one. */
  create?: C;
  update: U;
  /** Whether an existing record is edited (update) or a new one made (create). */
  editing: boolean;
  /** The form's field names, dotted for nested ones: a 422's problems land on them. */
  fields: readonly string[];
  /** Refusals by error code that belong to a field, e.g. `{ code_taken: "code" }`. */
  conflicts?: Record<string, Conflict>;
};

/**
 * A create-or-edit form: its instance, the mutation in use, `onError` (a 422's problems and the
 * known conflicts shown on their fields), `reset` (both mutations, when the form is closed) and the
 * props every such form takes (vertical, disabled while saving).
 */
export function useEditForm<Values, C extends Mutation = Mutation, U extends Mutation = Mutation>({
  create,
  update,
  editing,
  fields,
  conflicts = {},
}: Options<C, U>) {
  const [form] = Form.useForm<Values>();
  const mutation: C | U = editing || !create ? update : create;
  const onError = (error: unknown) => {
    applyFieldProblems(form, error, fields);
    const conflict = error instanceof ApiError ? conflicts[error.code] : undefined;
    if (!conflict) return;
    const { field, message } = typeof conflict === "string" ? { field: conflict, message: (error as ApiError).message } : conflict;
    (form as FormInstance).setFields([{ name: field.split("."), errors: [message] }]);
  };
  const reset = () => {
    create?.reset();
    update.reset();
  };
  const formProps: FormProps<Values> = { form, layout: "vertical", disabled: mutation.isPending };
  return { form, mutation, onError, reset, formProps };
}
