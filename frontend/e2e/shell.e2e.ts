// The shell: sign-in, deep links, language switch, the platform console on the public host.
import { expect, test } from "vitest";
import { hostUrl, screenshot, setupBrowser, signIn } from "./browser";

const ui = setupBrowser();

test("a deep link signs in and lands where it pointed", async () => {
  const { page, errors } = await ui.blank();
  await page.goto(`${hostUrl("it")}/tickets?view=created`);
  await page.waitForURL(/\/login\?next=/);
  await screenshot(page, "login");
  await signIn(page, "it", "alice", "/tickets?view=created");
  expect(new URL(page.url()).search).toBe("?view=created");
  await expect.poll(() => page.getByTestId("user-menu").textContent()).toMatch(/alice|Alice/i);
  await page.reload();
  await expect.poll(() => page.getByTestId("user-menu").isVisible()).toBe(true);
  expect(errors).toEqual([]);
});

test("the console speaks Chinese when asked", async () => {
  const { page } = await ui.open({ tenant: "it", username: "alice", language: "zh-CN" });
  await expect.poll(() => page.getByTestId("menu-todo").textContent()).toContain("待办");
});
