const { serve, json } = await vi.hoisted(() => import("@/test/fetch-stub"));
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { leave } from "../testing/samples";
import { ImportWorkflowModal } from "./ImportWorkflowModal";

const YAML = "loonflow: 1\nworkflow:\n  key: leave-2\n  name: Leave\ndefinition: {}\n";
const fileInput = () => document.querySelector<HTMLInputElement>("input[type=file]")!;

test("the file's text goes to the import endpoint with its Content-Type, then the new workflow opens", async () => {
  const sent: { type: string | null; body: string; url: string }[] = [];
  serve(async (request) => {
    sent.push({ type: request.headers.get("Content-Type"), body: await request.text(), url: request.url });
    return json({ ...leave, id: 7, key: "leave-2" }, 201);
  });
  const user = userEvent.setup();
  renderWithProviders(<ImportWorkflowModal open onClose={() => {}} />);

  expect(screen.getByTestId("import-submit")).toBeDisabled();
  await user.upload(fileInput(), new File([YAML], "leave.yaml", { type: "application/yaml" }));
  expect(await screen.findByText("leave.yaml")).toBeInTheDocument();
  await user.click(screen.getByTestId("import-replace-draft"));
  await user.click(screen.getByTestId("import-submit"));

  await waitFor(() => expect(sent).toHaveLength(1));
  expect(sent[0].type).toBe("application/yaml");
  expect(sent[0].body).toBe(YAML);
  expect(sent[0].url).toMatch(/\/api\/v1\/workflows\/import\?replace_draft=true$/);
  expect(await screen.findByTestId("elsewhere")).toBeInTheDocument();
}, 20_000);

test("the server's problems are listed by path", async () => {
  serve(() =>
    json(
      {
        error: {
          code: "validation_failed",
          message: "The file is not a valid workflow.",
          details: [
            { field: "definition.states.1.type", message: "Input should be 'start', 'normal' or 'end'" },
            { field: "workflow.key", message: "String should match pattern" },
          ],
        },
      },
      422,
    ),
  );
  const user = userEvent.setup();
  renderWithProviders(<ImportWorkflowModal open onClose={() => {}} />);
  await user.upload(fileInput(), new File(['{"loonflow": 1}'], "broken.json", { type: "application/json" }));
  await screen.findByText("broken.json");
  await user.click(screen.getByTestId("import-submit"));

  const list = await screen.findByTestId("problem-list");
  expect(list).toHaveTextContent("The file is not a valid workflow.");
  expect(list).toHaveTextContent("2 problems:");
  expect(list).toHaveTextContent("definition.states.1.type");
  expect(list).toHaveTextContent("Input should be 'start', 'normal' or 'end'");
}, 20_000);

test("a file that is not an export is refused without a request", async () => {
  let requests = 0;
  serve(() => {
    requests += 1;
    return json({});
  });
  const user = userEvent.setup({ applyAccept: false });
  renderWithProviders(<ImportWorkflowModal open onClose={() => {}} />);
  await user.upload(fileInput(), new File(["hello"], "notes.txt", { type: "text/plain" }));
  expect(await screen.findByText("“notes.txt” is not a .json, .yaml or .yml file.")).toBeInTheDocument();
  expect(screen.getByTestId("import-submit")).toBeDisabled();
  expect(requests).toBe(0);
}, 20_000);

test("a key that is taken says how to go on", async () => {
  serve(() => json({ error: { code: "key_taken", message: "A workflow with key 'leave' exists.", details: null } }, 409));
  const user = userEvent.setup();
  renderWithProviders(<ImportWorkflowModal open onClose={() => {}} />);
  await user.upload(fileInput(), new File(['{"loonflow": 1}'], "leave.json", { type: "application/json" }));
  await screen.findByText("leave.json");
  await user.click(screen.getByTestId("import-submit"));
  expect(await screen.findByText("A workflow with the key in this file already exists.")).toBeInTheDocument();
  expect(screen.getByText(/Tick the option above/)).toBeInTheDocument();
}, 20_000);
