// Accessibility: axe-core (the npm package, injected from node_modules) runs on the main pages in both
// languages; no violation of impact "serious" or "critical" may remain. Rules stay on: fix the app.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { type Language, hostUrl, openBlank, setupBrowser, signIn } from "./browser";

// Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self') rightly
// refuses an injected <script> tag.
const AXE = readFileSync(resolve(import.meta.dirname, "../node_modules/axe-core/axe.min.js"), "utf8");
const ui = setupBrowser();

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe's serious and critical findings on the page as it is now, one line each (rule, help, where). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  })) as Violation[];
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 4).join(", ")}`);
}

const firstId = async (page: Page, path: string, pick: (item: { id: number; key?: string }) => boolean = () => true) => {
  const body = await page.evaluate(async (url) => (await fetch(url, { credentials: "same-origin" })).json(), path);
  const items = (Array.isArray(body) ? body : body.items) as { id: number; key?: string }[];
  return (items.find(pick) ?? items[0])!.id;
};

describe.each<Language>(["en", "zh-CN"])("axe on the main pages (%s)", (language) => {
  test("the sign-in page", async () => {
    const { page } = await openBlank(ui.browser, language);
    await page.goto(`${hostUrl("it")}/login`);
    await page.locator("#username").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  test("the signed-in pages", async () => {
    const { page } = await openBlank(ui.browser, language);
    await signIn(page, "it", "admin", "/tickets?view=todo");
    const ticket = await firstId(page, "/api/v1/tickets?view=all");
    const workflow = await firstId(page, "/api/v1/workflows", (item) => item.key === "leave");
    const pages = [
      "/tickets?view=todo",
      "/tickets?view=all",
      `/tickets/${ticket}`,
      "/tickets/new",
      "/inbox",
      "/delegations",
      "/profile",
      "/integrations/apps?tab=personal-tokens",
      "/workflows",
      `/workflows/${workflow}/design`,
      "/directory/users",
      "/audit",
      "/dashboard",
    ];
    const found: Record<string, string[]> = {};
    for (const path of pages) {
      await page.goto(`${hostUrl("it")}${path}`);
      await page.locator("main").first().waitFor();
      const problems = await seriousViolations(page);
      if (problems.length) found[path] = problems;
    }
    expect(found).toEqual({});
    await page.context().close();
  });
});
