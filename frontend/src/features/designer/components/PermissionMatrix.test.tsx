import { fireEvent, screen } from "@testing-library/react";
import { choose, selectedText } from "../testing/antd";
import { richDoc, starterDoc } from "../testing/documents";
import { harness, renderInDesigner } from "../testing/render";
import { PermissionMatrix } from "./PermissionMatrix";

vi.setConfig({ testTimeout: 30_000 });

test("shows a cell per state and field, with the defaults greyed in", () => {
  renderInDesigner(<PermissionMatrix />, richDoc());
  expect(selectedText("perm-start-title")).toBe("Required (default)");
  expect(selectedText("perm-start-amount")).toBe("Optional (default)");
  expect(selectedText("perm-review-title")).toBe("Read only (default)");
  expect(selectedText("perm-review-amount")).toBe("Optional");
  expect(screen.getAllByRole("row")).toHaveLength(5);
});

test("choosing a permission writes the state's field_permissions; clearing goes back to the default", async () => {
  renderInDesigner(<PermissionMatrix />, richDoc());
  await choose("perm-done-title", "Hidden");
  expect(harness.doc!.states.find((s) => s.key === "done")!.field_permissions).toEqual({ title: "hidden" });
  expect(selectedText("perm-done-title")).toBe("Hidden");

  const clear = screen.getByTestId("perm-review-amount").closest(".ant-select")!.querySelector(".ant-select-clear")!;
  fireEvent.mouseDown(clear);
  fireEvent.click(clear);
  expect(harness.doc!.states.find((s) => s.key === "review")!.field_permissions).toEqual({});
});

test("a cell with a problem is marked", () => {
  renderInDesigner(<PermissionMatrix />, richDoc(), {
    problems: [{ path: "states.0.field_permissions.title", code: "required_field_hidden_at_start", message: "Title is required" }],
  });
  expect(screen.getByTestId("perm-start-title").closest(".ant-select")).toHaveClass("ant-select-status-error");
});

test("without fields it says what to do first", () => {
  renderInDesigner(<PermissionMatrix />, starterDoc());
  expect(screen.getByText(/Add fields first/)).toBeInTheDocument();
});
