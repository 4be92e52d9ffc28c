const { serve, json, requests } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import type { WorkflowTemplate } from "../types";
import { TemplateGalleryPage } from "./TemplateGalleryPage";

const leave: WorkflowTemplate = {
  key: "leave",
  name: "Leave request",
  category: "HR",
  description: "Time off.",
  preview: {
    fields: ["Type", "Days"],
    states: [
      { key: "draft", name: "Draft", type: "start", position: { x: 0, y: 0 } },
      { key: "lead_review", name: "Leader review", type: null, position: null },
      { key: "approved", name: "Approved", type: "end", position: null },
    ],
    transitions: [{ key: "submit", name: "Submit", source: "draft", target: "lead_review" }],
  },
};

test("the gallery previews each template, and using one creates a workflow and opens its designer", async () => {
  serve((request) => {
    const { pathname } = new URL(request.url);
    if (pathname === "/api/v1/workflow-templates") return json([leave, { ...leave, key: "release", name: "Release approval", category: "IT" }]);
    if (pathname === "/api/v1/workflow-templates/leave/use") return json({ id: 12, key: "leave", name: "Leave request" }, 201);
    return json([]);
  });
  const user = userEvent.setup();
  const { router } = renderWithProviders(<TemplateGalleryPage />, { path: "/workflows/templates", route: "/workflows/templates" });

  const card = await screen.findByTestId("template-leave");
  expect(within(card).getByText("Time off.")).toBeInTheDocument();
  expect(screen.getByTestId("template-states-leave")).toHaveTextContent("Draft → Leader review → Approved");
  expect(within(card).getByText("Days")).toBeInTheDocument();
  expect(screen.getByTestId("template-release")).toBeInTheDocument();

  await user.click(screen.getByTestId("use-template-leave"));
  await waitFor(() => expect(router.state.location.pathname).toBe("/workflows/12/design"));
  expect(requests.some((request) => request.method === "POST" && new URL(request.url).pathname === "/api/v1/workflow-templates/leave/use")).toBe(true);
}, 20_000);
