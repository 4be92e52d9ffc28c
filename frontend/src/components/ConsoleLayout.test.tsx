import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Link } from "react-router";
import { THEME_STORAGE_KEY } from "@/lib/theme";
import { pretendScreen } from "@/test/media";
import { renderRoutes } from "@/test/render";
import { ConsoleLayout } from "./ConsoleLayout";

vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

function renderLayout() {
  const layout = (
    <ConsoleLayout
      brand={{ icon: null, name: "Loonflow", size: 18, to: "/" }}
      siderWidth={232}
      menu={
        <ul>
          <li>
            <Link to="/second">Second page</Link>
          </li>
        </ul>
      }
      user="alice"
      userTestId="user-menu"
      onSignOut={() => {}}
    />
  );
  return renderRoutes([
    {
      element: layout,
      children: [
        { path: "/", element: <p>First page</p> },
        { path: "/second", element: <p>Second page content</p> },
      ],
    },
  ]);
}

test("on a phone the menu is a drawer the header button opens, and navigating closes it", async () => {
  pretendScreen(390);
  const user = userEvent.setup();
  const { router } = renderLayout();
  const toggle = await screen.findByTestId("menu-toggle");
  expect(screen.queryByRole("link", { name: "Second page" })).not.toBeInTheDocument();
  await user.click(toggle);
  expect(toggle).toHaveAttribute("aria-expanded", "true");
  expect(document.querySelector(".ant-drawer-open")).not.toBeNull();
  await user.click(await screen.findByRole("link", { name: "Second page" }));
  expect(await screen.findByText("Second page content")).toBeInTheDocument();
  expect(router.state.location.pathname).toBe("/second");
  await waitFor(() => expect(screen.getByTestId("menu-toggle")).toHaveAttribute("aria-expanded", "false"));
  await waitFor(() => expect(document.querySelector(".ant-drawer-open")).toBeNull());
});

test("on a wide screen the menu is a side bar in a navigation landmark, with no toggle", async () => {
  renderLayout();
  expect(await screen.findByRole("navigation", { name: "Main menu" })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Second page" })).toBeVisible();
  expect(screen.queryByTestId("menu-toggle")).not.toBeInTheDocument();
  expect(screen.getByRole("main")).toBeInTheDocument();
});

test("? opens the shortcut help; the theme switch remembers the choice", async () => {
  const user = userEvent.setup();
  renderLayout();
  await screen.findByText("First page");
  await user.keyboard("?");
  expect(await screen.findByTestId("shortcuts-dialog")).toHaveTextContent("Move the selection down / up");
  await user.keyboard("{Escape}");
  await user.click(screen.getByTestId("theme-switch"));
  await user.click(await screen.findByText("Dark"));
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
  await waitFor(() => expect(screen.getByTestId("theme-switch")).toHaveAccessibleName("Colour scheme: Dark"));
});
