import "@/lib/i18n";
import i18n from "@/lib/i18n";
import { ApiError } from "@/lib/api-client";
import { mapFieldProblems } from "./field-problems";

const t = i18n.getFixedT("en", "tickets");
const specs = [
  { key: "days", label: "Days", type: "int" as const },
  { key: "items", label: "Items", type: "table" as const, columns: [{ key: "qty", label: "Quantity", type: "int" as const }] },
  { key: "files", label: "Files", type: "attachment" as const },
];

test("a 422's problems are sorted onto fields, table cells named by row and column", () => {
  const error = new ApiError(422, "invalid_fields", "Some field values are not valid.", [
    { field: "fields.days", message: "This field is required.", type: "required" },
    { field: "fields.items.1.qty", message: "The value must be at least 1." },
    { field: "fields.files.0.url", message: "Expected an http(s) URL." },
    { field: "fields.ghost", message: "There is no such field." },
    { loc: ["body", "comment"], message: "Too long" },
  ]);
  expect(mapFieldProblems(error, specs, t)).toEqual({
    fields: {
      days: ["This field is required."],
      items: ["Row 2, Quantity: The value must be at least 1."],
      files: ["Item 1: Expected an http(s) URL."],
    },
    other: ["fields.ghost: There is no such field.", "comment: Too long"],
  });
});

test("other errors are not field problems", () => {
  expect(mapFieldProblems(new ApiError(409, "not_a_handler", "No"), specs, t)).toBeUndefined();
  expect(mapFieldProblems(new TypeError("offline"), specs, t)).toBeUndefined();
});
