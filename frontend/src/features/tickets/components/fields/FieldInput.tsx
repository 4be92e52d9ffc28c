import { Skeleton } from "antd";
import { type ComponentType, Suspense, lazy } from "react";
import type { AttachmentValue } from "../../types";
import { BoolInput } from "./BoolInput";
import { CheckboxInput, RadioInput, SelectInput } from "./ChoiceInputs";
import { DecimalInput, IntInput } from "./NumberInputs";
import { UserInput } from "./PeopleInputs";
import { TextFieldInput } from "./TextInputs";
import type { WidgetProps } from "./types";

// The date pickers, the department tree, uploads and table fields bring big libraries most forms
// never show (a leave request's approver fills in none): each loads when a field of its kind is shown.
function widget<T>(load: () => Promise<ComponentType<WidgetProps<T>>>) {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function LazyWidget(props: WidgetProps<T>) {
    return (
      <Suspense fallback={<Skeleton.Input active block />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
const DateInput = widget<string>(() => import("./DateInputs").then((module) => module.DateInput));
const DateTimeInput = widget<string>(() => import("./DateInputs").then((module) => module.DateTimeInput));
const TimeInput = widget<string>(() => import("./DateInputs").then((module) => module.TimeInput));
const DepartmentInput = widget<string>(() => import("./DepartmentInput").then((module) => module.DepartmentInput));
const AttachmentInput = widget<AttachmentValue[]>(() => import("./AttachmentInput").then((module) => module.AttachmentInput));
const TableInput = widget<Record<string, unknown>[]>(() => import("./TableInput").then((module) => module.TableInput));

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
