// The login page's provider part: a button per enabled provider (carrying where to land), the reason
// a provider login failed, and the password form folded away when the tenant turned passwords off.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import { SsoSignIn } from "./SsoSignIn";

afterEach(() => vi.unstubAllGlobals());

const CORP = { key: "corp", label: "Corp ID", start_url: "/api/v1/sso/corp/start" };

function serve(passwordsEnabled: boolean) {
  return stubApi(({ path }) =>
    path === "/api/v1/sso/login-options" ? { body: { passwords_enabled: passwordsEnabled, providers: [CORP] } } : undefined,
  );
}

test("each enabled provider has a sign-in button that starts its login and keeps where to land", async () => {
  serve(true);
  renderWithProviders(<SsoSignIn passwordForm={<div data-testid="password-form" />} next="/tickets" />, { path: "/login", route: "/login" });
  const button = await screen.findByTestId("sso-corp");
  expect(button).toHaveTextContent("Sign in with Corp ID");
  expect(button).toHaveAttribute("href", "/api/v1/sso/corp/start?next=%2Ftickets");
  expect(screen.getByTestId("password-form")).toBeVisible();
});

test("a failed provider login says why", async () => {
  serve(true);
  renderWithProviders(<SsoSignIn passwordForm={null} next="/" />, { path: "/login", route: "/login?sso_error=unknown_user" });
  expect(await screen.findByTestId("sso-error")).toHaveTextContent("Your account is not known here");
});

test("with passwords off, the password form is the administrators' folded-away way in", async () => {
  serve(false);
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<SsoSignIn passwordForm={<div data-testid="password-form" />} next="/" />, { path: "/login", route: "/login" });
  const fold = await screen.findByText("Administrator sign-in with a password");
  expect(screen.queryByTestId("password-form")).not.toBeInTheDocument();
  await user.click(fold);
  expect(await screen.findByTestId("password-form")).toBeInTheDocument();
});
