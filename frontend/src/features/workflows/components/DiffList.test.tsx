import { render, screen, within } from "@testing-library/react";
import "@/lib/i18n";
import { sampleChanges } from "../testing/samples";
import { OP_COLORS } from "../utils/diff";
import { DiffList } from "./DiffList";

const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

test("the diff reads as areas with colour-coded items and before → after values", () => {
  render(<DiffList changes={sampleChanges} labels={{ "states.lead_review": "Lead review" }} />);

  for (const area of ["General", "Fields", "States", "Transitions", "Creators, viewers and intervenors"]) {
    expect(screen.getByText(area)).toBeInTheDocument();
  }
  const states = screen.getByTestId("diff-group-states");
  const items = within(states).getAllByTestId("diff-item");
  expect(items.map((item) => [item.dataset.key, item.dataset.op])).toEqual([
    ["hr_review", "added"],
    ["lead_review", "changed"],
    ["approved", "changed"],
    ["cancelled", "removed"],
  ]);
  // Added green, removed red, changed amber.
  expect(items[0].style.borderLeft).toContain(rgb(OP_COLORS.added));
  expect(items[3].style.borderLeft).toContain(rgb(OP_COLORS.removed));
  expect(items[1].style.borderLeft).toContain(rgb(OP_COLORS.changed));

  // A changed item lists each attribute with its old value struck out and its new one inserted.
  const lead = items[1];
  expect(within(lead).getByText("Lead review", { selector: "strong" })).toBeInTheDocument();
  expect(within(lead).getByText("participant.kind")).toBeInTheDocument();
  expect(within(lead).getByText("users").closest("del")).not.toBeNull();
  expect(within(lead).getByText("variable").closest("ins")).not.toBeNull();

  // An added item is named by its definition.
  expect(within(items[0]).getByText("HR review")).toBeInTheDocument();
  expect(within(items[0]).getByText("Normal state")).toBeInTheDocument();
  const fields = within(screen.getByTestId("diff-group-fields")).getAllByTestId("diff-item");
  expect(within(fields[0]).getByText("Multi-line text")).toBeInTheDocument();
  // Area headers count their items.
  expect(within(screen.getByText("States").closest(".ant-collapse-header") as HTMLElement).getByText("2 changed")).toBeInTheDocument();
});

test("identical versions say so", () => {
  render(<DiffList changes={[]} />);
  expect(screen.getByText("These two versions are identical.")).toBeInTheDocument();
});
