// A robot channel's URL comes back masked: the drawer shows it read-only, a save sends the masked
// form (the server keeps the stored URL), and "Replace" asks for a new one.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Channel } from "@/entities/channels";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import { ChannelDrawer } from "./ChannelDrawer";

afterEach(() => vi.unstubAllGlobals());

const MASKED = "https://oapi.dingtalk.com/robot/send?access_token=•••";
const channel = {
  id: 4, code: "ding", name: "Ding", kind: "dingtalk", config: { url: MASKED }, has_secret: true, is_default: false, is_active: true,
  created_at: "2026-12-01T10:00:00Z", updated_at: "2026-12-01T10:00:00Z",
} as Channel;

function serve() {
  return stubApi(({ method, path }) => (method === "PATCH" && path === "/api/v1/notification-channels/4" ? { body: channel } : undefined));
}

test("a stored robot URL is shown masked and kept on save", async () => {
  const calls = serve();
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<ChannelDrawer open channel={channel} onClose={() => {}} />);
  expect(await screen.findByTestId("channel-url-masked")).toHaveValue(MASKED);
  expect(screen.queryByTestId("channel-url")).not.toBeInTheDocument();
  await user.click(screen.getByTestId("channel-save"));
  await waitFor(() => expect(calls.some((call) => call.method === "PATCH")).toBe(true));
  const body = calls.find((call) => call.method === "PATCH")?.body as { config: { url: string }; secret?: string };
  expect(body.config.url).toBe(MASKED);
  expect(body).not.toHaveProperty("secret");
}, 20_000);

test("Replace asks for a new URL and sends it", async () => {
  const calls = serve();
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<ChannelDrawer open channel={channel} onClose={() => {}} />);
  await user.click(await screen.findByTestId("channel-url-replace"));
  const input = screen.getByTestId("channel-url");
  expect(input).toHaveValue("");
  await user.type(input, "https://oapi.dingtalk.com/robot/send?access_token=NEW");
  await user.click(screen.getByTestId("channel-save"));
  await waitFor(() => expect(calls.some((call) => call.method === "PATCH")).toBe(true));
  const body = calls.find((call) => call.method === "PATCH")?.body as { config: { url: string } };
  expect(body.config.url).toBe("https://oapi.dingtalk.com/robot/send?access_token=NEW");
}, 20_000);
