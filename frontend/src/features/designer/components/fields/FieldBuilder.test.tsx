import { json, serve } from "@/test/fetch-stub";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { choose } from "../../testing/antd";
import { richDoc, starterDoc } from "../../testing/documents";
import { harness, renderInDesigner } from "../../testing/render";
import { FieldBuilder } from "./FieldBuilder";

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => serve(() => json([])));

test("add a field, name it, make it a choice field with choices and a default", async () => {
  renderInDesigner(<FieldBuilder />, starterDoc());
  expect(screen.getByText("Add the fields the ticket form asks for.")).toBeInTheDocument();
  fireEvent.click(screen.getByTestId("add-field"));
  expect(harness.doc!.fields).toMatchObject([{ key: "field_1", label: "Field 1", type: "string", order: 1 }]);
  fireEvent.change(screen.getByTestId("field-label"), { target: { value: "Risk" } });
  const key = screen.getByTestId("field-key");
  fireEvent.change(key, { target: { value: "risk" } });
  fireEvent.blur(key);
  expect(harness.doc!.fields[0]).toMatchObject({ key: "risk", label: "Risk" });

  await choose("field-type", "Drop-down", "Drop");
  expect(screen.getByText("Add at least one choice.")).toBeInTheDocument();
  fireEvent.click(screen.getByTestId("field-choices-add"));
  fireEvent.click(screen.getByTestId("field-choices-add"));
  fireEvent.change(screen.getByTestId("field-choices-value-1"), { target: { value: "high" } });
  fireEvent.change(screen.getByTestId("field-choices-label-1"), { target: { value: "High" } });
  expect(harness.doc!.fields[0].choices).toEqual([
    { value: "option_1", label: "Option 1" },
    { value: "high", label: "High" },
  ]);
  await choose("field-default", "High");
  expect(harness.doc!.fields[0].default).toBe("high");
});

test("validation offers only the rules the type takes", async () => {
  renderInDesigner(<FieldBuilder />, richDoc(), { selection: { kind: "field", key: "amount" } });
  fireEvent.click(screen.getByTestId("field-item-amount"));
  expect(screen.getByTestId("field-validation-min")).toBeInTheDocument();
  expect(screen.queryByTestId("field-validation-regex")).not.toBeInTheDocument();
  fireEvent.change(screen.getByTestId("field-validation-max"), { target: { value: "500" } });
  expect(harness.doc!.fields[1].validation).toEqual({ max: "500" });
  fireEvent.change(screen.getByTestId("field-validation-max"), { target: { value: "" } });
  expect(harness.doc!.fields[1].validation).toBeNull();

  fireEvent.click(screen.getByTestId("field-item-title"));
  fireEvent.change(screen.getByTestId("field-validation-regex"), { target: { value: "[A-Z].*" } });
  expect(harness.doc!.fields[0].validation).toEqual({ regex: "[A-Z].*" });
  expect(screen.queryByTestId("field-validation-min")).not.toBeInTheDocument();
});

test("a table field edits its columns", async () => {
  renderInDesigner(<FieldBuilder />, starterDoc());
  fireEvent.click(screen.getByTestId("add-field"));
  await choose("field-type", "Table", "Tab");
  expect(screen.getByText("A table needs at least one column.")).toBeInTheDocument();
  fireEvent.click(screen.getByTestId("field-columns-add"));
  expect(harness.doc!.fields[0].columns).toMatchObject([{ key: "column_1", label: "Column 1", type: "string" }]);
  fireEvent.change(screen.getByTestId("field-columns-0-label"), { target: { value: "Item" } });
  expect(harness.doc!.fields[0].columns[0].label).toBe("Item");
});

test("reorder with the arrows; deleting a referenced field asks first", async () => {
  renderInDesigner(<FieldBuilder />, richDoc());
  fireEvent.click(screen.getByTestId("field-up-amount"));
  expect(harness.doc!.fields.map((f) => f.key)).toEqual(["amount", "title"]);
  fireEvent.click(screen.getByTestId("field-delete-amount"));
  const consequences = await screen.findByTestId("delete-consequences");
  expect(within(consequences).getByText(/review/)).toBeInTheDocument();
  expect(within(consequences).getByText(/approve/)).toBeInTheDocument();
  fireEvent.click(screen.getByTestId("confirm-delete"));
  await waitFor(() => expect(harness.doc!.fields.map((f) => f.key)).toEqual(["title"]));
});

test("fields with problems are marked in the list", () => {
  renderInDesigner(<FieldBuilder />, richDoc(), { problems: [{ path: "fields.1.default", code: "invalid_default", message: "bad" }] });
  expect(screen.getByTestId("field-item-amount")).toHaveClass("invalid");
  expect(screen.getByTestId("field-item-title")).not.toHaveClass("invalid");
});
