const { serve, json } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { leave, versions } from "../testing/samples";
import { CloneWorkflowModal } from "./CloneWorkflowModal";

test("cloning sends the new key, name and source version, then opens the copy", async () => {
  const sent: unknown[] = [];
  serve(async (request) => {
    if (request.url.endsWith("/workflows/1/versions")) return json(versions);
    if (request.method === "POST" && request.url.endsWith("/workflows/1/clone")) {
      sent.push(await request.json());
      return json({ ...leave, id: 9, key: "leave-2", name: "Leave (copy)" }, 201);
    }
    return json({}, 404);
  });
  const user = userEvent.setup();
  renderWithProviders(<CloneWorkflowModal workflow={leave} onClose={() => {}} />);

  const key = await screen.findByLabelText("Key");
  expect(key).toHaveValue("leave-copy");
  expect(screen.getByLabelText("Name")).toHaveValue("Leave request (copy)");
  await user.clear(key);
  await user.type(key, "leave-2");
  await user.click(screen.getByLabelText(/Copy from/));
  await user.click(await screen.findByText("Version 2 (Published)"));
  await user.click(screen.getByTestId("clone-submit"));

  await waitFor(() => expect(sent).toEqual([{ key: "leave-2", name: "Leave request (copy)", version: 2 }]));
  expect(await screen.findByTestId("elsewhere")).toBeInTheDocument();
}, 20_000);

test("a bad key is refused before sending; a taken key shows the server's message on the field", async () => {
  let posts = 0;
  serve((request) => {
    if (request.url.endsWith("/versions")) return json(versions);
    posts += 1;
    return json({ error: { code: "key_taken", message: "A workflow with key 'leave' exists.", details: null } }, 409);
  });
  const user = userEvent.setup();
  renderWithProviders(<CloneWorkflowModal workflow={leave} onClose={() => {}} />);

  const key = await screen.findByLabelText("Key");
  await user.clear(key);
  await user.type(key, "Bad Key");
  await user.click(screen.getByTestId("clone-submit"));
  expect(await screen.findByText(/Use 2–64 lowercase letters/)).toBeInTheDocument();
  expect(posts).toBe(0);

  await user.clear(key);
  await user.type(key, "leave");
  await user.click(screen.getByTestId("clone-submit"));
  expect(await screen.findByText("A workflow with key 'leave' exists.")).toBeInTheDocument();
  expect(posts).toBe(1);
}, 20_000);
