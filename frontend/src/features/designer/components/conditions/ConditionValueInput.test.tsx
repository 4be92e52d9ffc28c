import { fireEvent, screen } from "@testing-library/react";
import { renderWithProviders } from "@/test/render";
import type { FieldDef, FieldType } from "../../model";
import { ConditionValueInput } from "./ConditionValueInput";

const field = (type: FieldType): FieldDef => ({
  key: "f",
  label: "F",
  type,
  required: true,
  choices: [],
  default: null,
  placeholder: "",
  help_text: "",
  validation: null,
  order: 1,
  columns: [],
});

function show(type: FieldType, op: "eq" | "in", value: unknown) {
  const onChange = vi.fn();
  renderWithProviders(<ConditionValueInput field={field(type)} op={op} value={value} onChange={onChange} testId="value" />);
  return onChange;
}

test("a number field refuses text that is not a number, says why, and keeps its value", () => {
  const onChange = show("int", "eq", 5);
  const input = screen.getByTestId("value");
  expect(input).toHaveValue("5");
  fireEvent.change(input, { target: { value: "abc" } });
  expect(onChange).not.toHaveBeenCalled();
  expect(screen.getByTestId("value-error")).toHaveTextContent("“abc” is not a number: the condition keeps its previous value.");
  fireEvent.blur(input);
  expect(input).toHaveValue("abc"); // still shown, still explained: nothing silently dropped
  expect(screen.getByTestId("value-error")).toBeInTheDocument();
  fireEvent.change(input, { target: { value: "1.5" } });
  expect(screen.getByTestId("value-error")).toHaveTextContent("not a whole number");
  fireEvent.change(input, { target: { value: "12" } });
  expect(onChange).toHaveBeenLastCalledWith(12);
  expect(screen.queryByTestId("value-error")).toBeNull();
});

test("a date field refuses 'tomorrow' and takes an ISO date", () => {
  const onChange = show("date", "eq", null);
  const input = screen.getByTestId("value");
  fireEvent.change(input, { target: { value: "tomorrow" } });
  expect(onChange).not.toHaveBeenCalled();
  expect(screen.getByTestId("value-error")).toHaveTextContent("is not a date (YYYY-MM-DD");
  fireEvent.change(input, { target: { value: "2026-03-01" } });
  expect(onChange).toHaveBeenLastCalledWith("2026-03-01");
  fireEvent.change(input, { target: { value: "" } });
  expect(onChange).toHaveBeenLastCalledWith(null);
});

test("a list of numbers names the items it refused instead of keeping them as text", () => {
  const onChange = show("decimal", "in", [1]);
  const select = screen.getByTestId("value");
  const input = select.querySelector("input")!;
  fireEvent.change(input, { target: { value: "2,abc," } });
  expect(onChange).toHaveBeenLastCalledWith([1, 2]);
  expect(screen.getByTestId("value-error")).toHaveTextContent("abc");
});
