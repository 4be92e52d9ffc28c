const { serve, json, requests } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import type { Checklist } from "../types";
import { GettingStartedChecklist } from "./GettingStartedChecklist";

const checklist = (done: string[], dismissed = false): Checklist => ({
  items: (
    [
      ["directory", "/directory/users"],
      ["workflow", "/workflows/templates"],
      ["app_token", "/integrations/apps"],
      ["webhook", "/integrations/webhooks"],
    ] as const
  ).map(([key, link]) => ({ key, link, done: done.includes(key) })),
  complete: done.length === 4,
  dismissed,
});

test("each item says whether it is done and links to the page that does it", async () => {
  serve(() => json(checklist(["workflow"])));
  renderWithProviders(<GettingStartedChecklist />);
  const workflow = await screen.findByTestId("checklist-workflow");
  expect(workflow).toHaveAttribute("data-done", "yes");
  expect(within(workflow).queryByRole("link")).toBeNull();
  const token = screen.getByTestId("checklist-app_token");
  expect(token).toHaveAttribute("data-done", "no");
  expect(within(token).getByRole("link", { name: "Open apps" })).toHaveAttribute("href", "/integrations/apps");
  expect(within(screen.getByTestId("checklist-directory")).getByText("Import the directory")).toBeInTheDocument();
}, 20_000);

test("dismissing puts it away for the tenant", async () => {
  let dismissed = false;
  serve(async (request) => {
    if (request.method === "PUT") dismissed = ((await request.json()) as { dismissed: boolean }).dismissed;
    return json(checklist([], dismissed));
  });
  const user = userEvent.setup();
  renderWithProviders(<GettingStartedChecklist />);
  await user.click(await screen.findByTestId("getting-started-dismiss"));
  await waitFor(() => expect(dismissed).toBe(true));
  const put = requests.find((request) => request.method === "PUT");
  expect(new URL(put!.url).pathname).toBe("/api/v1/getting-started");
}, 20_000);
