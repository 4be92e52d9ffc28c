import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConfigProvider } from "antd";
import { renderWithProviders } from "@/test/render";
import { type Call, stubApi } from "@/test/stub-api";
import type { CompatApp } from "../api/compat";
import { CompatV2Page } from "./CompatV2Page";

vi.setConfig({ testTimeout: 30_000 });

const ops: CompatApp = {
  id: 1,
  name: "ops",
  description: "The ops portal",
  is_active: true,
  token_hint: "0002",
  token_rotated_at: "2026-12-01T09:00:00Z",
  workflow_ids: [7],
  acting_usernames: ["lilei", "zhangsan"],
  created_at: "2026-12-01T09:00:00Z",
};

function setup(): Call[] {
  let enabled = false;
  return stubApi((call) => {
    if (call.path === "/api/v1/compat-v2/settings" && call.method === "GET") return { body: { enabled } };
    if (call.path === "/api/v1/compat-v2/settings" && call.method === "PUT") {
      enabled = (call.body as { enabled: boolean }).enabled;
      return { body: { enabled } };
    }
    if (call.path === "/api/v1/compat-v2/apps" && call.method === "GET") return { body: [ops] };
    if (call.path === "/api/v1/compat-v2/apps" && call.method === "POST")
      return { status: 201, body: { ...ops, id: 2, name: "oa", token: "4f1c-secret-token-9a7e" } };
    if (call.path === "/api/v1/compat-v2/apps/1/token") return { status: 201, body: { token: "rotated-token-0001" } };
    if (call.path === "/api/v1/workflows") return { body: [{ id: 7, key: "vpn", name: "vpn申请" }] };
    return undefined;
  });
}

test("switches the 2.x API on and lists the apps with their grant", async () => {
  const user = userEvent.setup();
  const calls = setup();
  renderWithProviders(<CompatV2Page />);
  const row = await screen.findByText("ops");
  expect(row.closest("tr")).toHaveTextContent("…0002");
  expect(row.closest("tr")).toHaveTextContent("zhangsan");
  const toggle = screen.getByRole("switch");
  expect(screen.getByText("The 2.x API is off (its paths answer 404)")).toBeInTheDocument();
  await user.click(toggle);
  await waitFor(() => expect(calls.some((call) => call.method === "PUT" && (call.body as { enabled: boolean }).enabled)).toBe(true));
  expect(await screen.findByText("The 2.x API answers on this tenant")).toBeInTheDocument();
});

test("registers an app and shows its token once", async () => {
  const user = userEvent.setup();
  const calls = setup();
  // No animations: the closed modal is unmounted at once, as after the animation in a browser.
  renderWithProviders(
    <ConfigProvider theme={{ token: { motion: false } }}>
      <CompatV2Page />
    </ConfigProvider>,
  );
  await user.click(await screen.findByTestId("compat-app-create"));
  const form = await screen.findByTestId("compat-app-form");
  await user.type(within(form).getByLabelText("App name (the appname header)"), "oa");
  await user.click(screen.getByRole("button", { name: "Register" }));
  await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path === "/api/v1/compat-v2/apps")).toBe(true));
  const created = calls.find((call) => call.method === "POST" && call.path === "/api/v1/compat-v2/apps");
  expect(created?.body).toEqual({ name: "oa", description: "", workflow_ids: [], acting_usernames: [] });
  expect(await screen.findByTestId("compat-token")).toHaveValue("4f1c-secret-token-9a7e");
  await user.click(screen.getByTestId("compat-token-close"));
  await waitFor(() => expect(screen.queryByDisplayValue("4f1c-secret-token-9a7e")).not.toBeInTheDocument());
});

test("rotates a token after a confirmation", async () => {
  const user = userEvent.setup();
  const calls = setup();
  renderWithProviders(<CompatV2Page />);
  await user.click(await screen.findByTestId("compat-rotate-ops"));
  await user.click(await screen.findByRole("button", { name: "OK" }));
  await waitFor(() => expect(calls.some((call) => call.path === "/api/v1/compat-v2/apps/1/token")).toBe(true));
  expect(await screen.findByTestId("compat-token")).toHaveValue("rotated-token-0001");
});
