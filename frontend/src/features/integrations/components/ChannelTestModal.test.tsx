// The test button only queues the test (202); the modal polls its status URL until the worker reports.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import type { Channel } from "@/entities/channels";
import { ChannelTestModal } from "./ChannelTestModal";

afterEach(() => vi.unstubAllGlobals());

const channel = {
  id: 4, code: "mail", name: "Mail", kind: "email", config: {}, has_secret: false, is_default: true, is_active: true,
  created_at: "2026-12-01T10:00:00Z", updated_at: "2026-12-01T10:00:00Z",
} as Channel;
const queued = {
  id: 11, status: "pending", ok: null, error: null, recipients: ["root"],
  status_url: "/api/v1/notification-channels/4/tests/11", created_at: "2026-12-01T10:00:00Z", finished_at: null,
};

function serve(outcomes: object[]) {
  let polls = 0;
  const calls = stubApi(({ method, path }) => {
    if (method === "POST" && path === "/api/v1/notification-channels/4/test") return { status: 202, body: queued };
    if (method === "GET" && path === queued.status_url) return { body: outcomes[Math.min(polls++, outcomes.length - 1)] };
    return undefined;
  });
  return calls;
}

test("queues the test, shows it pending, then the worker's success", async () => {
  const calls = serve([queued, { ...queued, status: "succeeded", ok: true, finished_at: "2026-12-01T10:00:02Z" }]);
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<ChannelTestModal channel={channel} onClose={() => {}} />);

  await user.click(screen.getByTestId("channel-test-send"));
  expect(await screen.findByTestId("channel-test-pending")).toBeInTheDocument();
  expect(await screen.findByText("Sent to root.", {}, { timeout: 5_000 })).toBeInTheDocument();
  expect(calls.find((call) => call.method === "POST" && call.path.endsWith("/test"))?.body).toEqual({ recipients: [] });
  expect(calls.filter((call) => call.path === queued.status_url).length).toBeGreaterThanOrEqual(2);
}, 20_000);

test("shows the worker's generic failure", async () => {
  serve([{ ...queued, status: "failed", ok: false, error: "SMTP: could not connect to the server", finished_at: "2026-12-01T10:00:02Z" }]);
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<ChannelTestModal channel={channel} onClose={() => {}} />);

  await user.click(screen.getByTestId("channel-test-send"));
  expect(await screen.findByText("SMTP: could not connect to the server")).toBeInTheDocument();
  expect(screen.getByText("The test message could not be sent.")).toBeInTheDocument();
}, 20_000);

test("a refused start (too many open tests) shows the error", async () => {
  stubApi(({ method }) =>
    method === "POST"
      ? { status: 429, body: { error: { code: "too_many_tests", message: "At most 3 channel tests may run at once; wait for one to finish.", details: null } } }
      : undefined,
  );
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<ChannelTestModal channel={channel} onClose={() => {}} />);

  await user.click(screen.getByTestId("channel-test-send"));
  expect((await screen.findAllByText(/At most 3 channel tests/)).length).toBeGreaterThan(0);
}, 20_000);
