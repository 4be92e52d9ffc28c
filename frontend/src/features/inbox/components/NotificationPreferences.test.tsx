const { serve, json, requests } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { NotificationPreferences } from "./NotificationPreferences";

const every = ["in_app", "email", "chat"];
const saved = {
  channels: { turn: every, moved: every, comment: every, mention: every, consult: every, sla: every },
  digest: false,
};

test("unticking a channel and switching the digest on saves both", async () => {
  let body: unknown = null;
  serve(async (request) => {
    if (request.method === "PUT") {
      body = await request.json();
      return json(body);
    }
    return json(saved);
  });
  const user = userEvent.setup();
  renderWithProviders(<NotificationPreferences />);
  const email = await screen.findByTestId("pref-moved-email");
  await waitFor(() => expect(email).toBeChecked());
  await user.click(email);
  expect(email).not.toBeChecked();
  await user.click(screen.getByLabelText("Daily digest email instead of one mail per event"));
  await user.click(screen.getByTestId("pref-save"));
  await waitFor(() => expect(body).not.toBeNull());
  expect(body).toEqual({ channels: { ...saved.channels, moved: ["in_app", "chat"] }, digest: true });
  expect(new URL(requests.find((r) => r.method === "PUT")!.url).pathname).toBe("/api/v1/inbox/preferences");
}, 20_000);
