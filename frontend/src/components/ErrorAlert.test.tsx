import { render, screen } from "@testing-library/react";
import i18n from "@/lib/i18n";
import { ApiError } from "@/lib/api-error";
import { ErrorAlert } from "./ErrorAlert";

afterEach(async () => {
  await i18n.changeLanguage("en");
});

test("a refused sign-in says when to try again, in the reader's language", async () => {
  const error = new ApiError(429, "too_many_attempts", "Too many failed login attempts; try again later.", {
    retry_after: 16,
  });
  const { rerender } = render(<ErrorAlert error={error} />);
  expect(screen.getByText("Too many failed sign-ins. Try again in 16 s.")).toBeInTheDocument();

  await i18n.changeLanguage("zh-CN");
  rerender(<ErrorAlert error={error} />);
  expect(screen.getByText("登录失败次数过多，请在 16 秒后重试。")).toBeInTheDocument();
});

test("list details (a 422's problems) are not taken for message values", () => {
  render(<ErrorAlert error={new ApiError(422, "validation_failed", "Check the form.", [{ field: "x" }])} />);
  expect(screen.getByText("Check the form.")).toBeInTheDocument();
});
