// The dashboard across workflows: the demo tenant's figures over a date range, and each chart's CSV.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { poll, setupBrowser, text } from "./browser";

const ui = setupBrowser();

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("the dashboard follows its date range and downloads a chart as CSV", async () => {
  const { page, errors } = await ui.open({ tenant: "it", username: "admin", path: "/dashboard" });
  await page.getByTestId("dashboard-summary").waitFor({ timeout: 30_000 });
  await poll(() => page.getByTestId("chart-per-day").isVisible()).toBe(true);

  // A range in the URL is the range asked for (the demo seeded tickets today).
  const from = day(-6);
  const to = day(1);
  const asked = page.waitForRequest((request) => request.url().includes(`/api/v1/statistics?from=${from}&to=${to}`));
  await page.goto(page.url().replace(/\/dashboard.*$/, `/dashboard?from=${from}&to=${to}`));
  await asked;
  await poll(async () => Number((await text(page, "dashboard-summary")).match(/Tickets opened\s*(\d+)/)?.[1] ?? -1)).toBeGreaterThanOrEqual(0);
  expect(await page.getByTestId("dashboard-range").locator("input").first().inputValue()).toBe(from);

  const download = page.waitForEvent("download");
  await page.getByTestId("csv-per_day").click();
  const file = await (await download).path();
  const lines = readFileSync(file!, "utf8").trim().split(/\r?\n/);
  expect(lines[0]).toBe("day,opened,finished");
  expect(lines).toHaveLength(9);
  expect(lines[1].startsWith(from)).toBe(true);
  expect(errors).toEqual([]);
}, 120_000);
