import type { FormInstance } from "antd";
import { ApiError } from "./api-error";
import { applyFieldProblems } from "./form-problems";

test("puts each 422 problem under its field, by dotted name or last part", () => {
  const setFields = vi.fn();
  const form = { setFields } as unknown as FormInstance;
  const error = new ApiError(422, "validation_failed", "Bad", [
    { field: "name", message: "Too long." },
    { loc: ["body", "config", "url"], field: "config.url", message: "Not a URL." },
    { field: "elsewhere", message: "Not in this form." },
  ]);
  expect(applyFieldProblems(form, error, ["name", "config.url", "code"])).toBe(true);
  expect(setFields).toHaveBeenCalledWith([
    { name: ["name"], errors: ["Too long."] },
    { name: ["config", "url"], errors: ["Not a URL."] },
  ]);
  expect(applyFieldProblems(form, new Error("network"), ["name"])).toBe(false);
});
