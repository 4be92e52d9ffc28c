import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { stubApi } from "@/test/stub-api";
import { SyncCard } from "./SyncCard";

afterEach(() => vi.unstubAllGlobals());

const counts = (created: number) => ({ created, updated: 0, deactivated: 0, unchanged: 0 });
const summary = { users: counts(4), departments: counts(3), roles: counts(0), memberships: counts(9), changed: true };
const fileInput = () => document.querySelector<HTMLInputElement>("input[type=file]")!;
const json = (body: unknown, name = "hr.json") => new File([JSON.stringify(body)], name, { type: "application/json" });

test("shows what the last sync changed, or that there was none", async () => {
  stubApi(({ path }) => (path === "/api/v1/directory/sync/last" ? { status: 204 } : undefined));
  const { unmount } = renderWithProviders(<SyncCard />);
  expect(await screen.findByText("The directory has never been synced from an HR system.")).toBeInTheDocument();
  unmount();

  const last = { ...summary, created_at: "2026-11-20T08:30:00Z", actor: "hr-system" };
  stubApi(({ path }) => (path === "/api/v1/directory/sync/last" ? { body: last } : undefined));
  renderWithProviders(<SyncCard />);
  expect(await screen.findByTestId("sync-when")).toHaveTextContent(/Ran 2026-11-20 \d\d:30 by hr-system/);
  const table = await screen.findByTestId("sync-counts");
  expect(within(table).getByText("4 created")).toBeInTheDocument();
  expect(within(table).getByText("9 created")).toBeInTheDocument();
}, 15_000);

test("a file that is not a directory export is refused before anything is sent", async () => {
  const calls = stubApi(({ path }) => (path === "/api/v1/directory/sync/last" ? { status: 204 } : undefined));
  renderWithProviders(<SyncCard />);
  await userEvent.upload(fileInput(), new File(["not json"], "notes.txt", { type: "application/json" }));
  expect(await screen.findByText(/notes.txt is not a directory export/)).toBeInTheDocument();
  expect(calls.some((call) => call.method === "POST")).toBe(false);
}, 15_000);

test("an export is confirmed, sent, and its problems are listed when the server refuses it", async () => {
  const calls = stubApi(({ method, path }) =>
    path === "/api/v1/directory/sync/last"
      ? { status: 204 }
      : method === "POST"
        ? {
            status: 422,
            body: {
              error: {
                code: "validation_failed",
                message: "The directory payload has problems; nothing was changed.",
                details: [{ field: "users.1.departments", message: "Unknown department 'ghost'." }],
              },
            },
          }
        : undefined,
  );
  const user = userEvent.setup();
  renderWithProviders(<SyncCard />);
  await user.upload(fileInput(), json({ users: [{ username: "a" }, { username: "b", departments: ["ghost"] }] }));
  expect(await screen.findByText(/The file lists 2 users, 0 departments and 0 roles/)).toBeInTheDocument();

  await user.click(screen.getByTestId("sync-run"));
  const problems = await screen.findByTestId("sync-problems");
  expect(within(problems).getByText("Unknown department 'ghost'.")).toBeInTheDocument();
  expect(within(problems).getByText("users.1.departments")).toBeInTheDocument();
  await waitFor(() => expect(calls.find((call) => call.method === "POST")?.body).toMatchObject({ full: false, users: [{ username: "a" }, { username: "b" }] }));
}, 15_000);
