import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "@/test/render";
import { CreateWorkflowModal } from "./CreateWorkflowModal";

test("the key follows the name until the admin types one; then it is left alone", async () => {
  const user = userEvent.setup();
  renderWithProviders(<CreateWorkflowModal open onClose={() => {}} categories={[]} takenKeys={["leave"]} />);
  const name = await screen.findByTestId("create-workflow-name");
  const key = screen.getByTestId("create-workflow-key");
  await user.type(name, "Purchase request");
  expect(key).toHaveValue("purchase-request");
  expect(screen.getByText(/Suggested from the name/)).toBeInTheDocument();

  await user.clear(name);
  await user.type(name, "Leave");
  expect(key).toHaveValue("leave-2");

  await user.clear(name);
  await user.type(name, "请假申请");
  expect(key).toHaveValue("workflow-1");

  await user.clear(key);
  await user.type(key, "my-own");
  await user.type(name, " v2");
  expect(key).toHaveValue("my-own");
}, 20_000);
