import type { AttachmentValue } from "../../types";
import { AttachmentInput } from "./AttachmentInput";
import { BoolInput } from "./BoolInput";
import { CheckboxInput, RadioInput, SelectInput } from "./ChoiceInputs";
import { DateInput, DateTimeInput, TimeInput } from "./DateInputs";
import { DepartmentInput } from "./DepartmentInput";
import { DecimalInput, IntInput } from "./NumberInputs";
import { UserInput } from "./PeopleInputs";
import { TableInput } from "./TableInput";
import { TextFieldInput } from "./TextInputs";
import type { WidgetProps } from "./types";

/** The widget for a field's type (values in the API's formats). */
export function FieldInput(props: WidgetProps<unknown>) {
  // Each widget narrows the value to its type; the form holds whatever the API sent or the widget produced.
  const as = <T,>() => props as unknown as WidgetProps<T>;
  switch (props.field.type) {
    case "string":
    case "text":
    case "rich_text":
      return <TextFieldInput {...as<string>()} />;
    case "int":
      return <IntInput {...as<number>()} />;
    case "decimal":
      return <DecimalInput {...as<string>()} />;
    case "bool":
      return <BoolInput {...as<boolean>()} />;
    case "date":
      return <DateInput {...as<string>()} />;
    case "datetime":
      return <DateTimeInput {...as<string>()} />;
    case "time":
      return <TimeInput {...as<string>()} />;
    case "radio":
      return <RadioInput {...as<string>()} />;
    case "checkbox":
      return <CheckboxInput {...as<string[]>()} />;
    case "select":
    case "multi_select":
      return <SelectInput {...as<string | string[]>()} />;
    case "user":
    case "users":
      return <UserInput {...as<string | string[]>()} />;
    case "department":
      return <DepartmentInput {...as<string>()} />;
    case "attachment":
      return <AttachmentInput {...as<AttachmentValue[]>()} />;
    case "table":
      return <TableInput {...as<Record<string, unknown>[]>()} />;
    default:
      return <TextFieldInput {...as<string>()} />;
  }
}
