// The shell: sign-in, deep links, language switch, the platform console on the public host.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { hostUrl, launch, newContext, screenshot, signIn, watchErrors } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test("a deep link signs in and lands where it pointed", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${hostUrl("it")}/tickets?view=created`);
  await page.waitForURL(/\/login\?next=/);
  await screenshot(page, "login");
  await signIn(page, "it", "alice", "/tickets?view=created");
  expect(new URL(page.url()).search).toBe("?view=created");
  await expect.poll(() => page.getByTestId("user-menu").textContent()).toMatch(/alice|Alice/i);
  await page.reload();
  await expect.poll(() => page.getByTestId("user-menu").isVisible()).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

test("the console speaks Chinese when asked", async () => {
  const context = await newContext(browser, "zh-CN");
  const page = await context.newPage();
  await signIn(page, "it", "alice");
  await expect.poll(() => page.getByTestId("menu-todo").textContent()).toContain("待办");
  await context.close();
});
