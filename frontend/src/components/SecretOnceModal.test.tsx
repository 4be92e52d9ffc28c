import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, ConfigProvider } from "antd";
import { useState } from "react";
import "@/lib/i18n";
import { SecretOnceModal } from "./SecretOnceModal";

/** A page that got a token from the API and shows it once. */
function Harness() {
  const [secret, setSecret] = useState<string | null>(null);
  return (
    // No animations: the closed modal is unmounted at once, as after the animation in a browser.
    <ConfigProvider theme={{ token: { motion: false } }}>
      <App>
        <button type="button" onClick={() => setSecret("lf_abc123_secret")}>
          issue
        </button>
        <SecretOnceModal secret={secret} title="New API token" onClose={() => setSecret(null)} />
      </App>
    </ConfigProvider>
  );
}

test("shows the secret once with a warning and a copy button, and forgets it after closing", async () => {
  const user = userEvent.setup();
  const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
  render(<Harness />);
  expect(screen.queryByTestId("secret-value")).not.toBeInTheDocument();

  await user.click(screen.getByText("issue"));
  expect(await screen.findByTestId("secret-value")).toHaveValue("lf_abc123_secret");
  expect(screen.getByText(/You will not see it again/)).toBeInTheDocument();

  await user.click(screen.getByTestId("secret-copy"));
  expect(writeText).toHaveBeenCalledWith("lf_abc123_secret");
  expect(await screen.findByText("Copied")).toBeInTheDocument();

  await user.click(screen.getByTestId("secret-close"));
  // Gone at once, not only after the closing animation.
  await waitFor(() => expect(screen.queryByDisplayValue("lf_abc123_secret")).not.toBeInTheDocument());
  expect(screen.queryByTestId("secret-value")).not.toBeInTheDocument();
}, 15_000);

test("clicking outside does not close it by accident", async () => {
  const user = userEvent.setup();
  render(<Harness />);
  await user.click(screen.getByText("issue"));
  const mask = document.querySelector(".ant-modal-wrap");
  if (mask) await user.click(mask);
  expect(screen.getByTestId("secret-value")).toBeInTheDocument();
}, 15_000);
