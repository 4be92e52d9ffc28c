// Debian's Chromium driven by playwright-core (no browser download), and small helpers for the specs.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import { expect, inject } from "vitest";

export const SCREENSHOTS = resolve(import.meta.dirname, "../artifacts/screenshots");
export const PASSWORD = "loonflow";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    // The machine's network is closed: keep Chromium from calling home.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** The URL of a tenant's host ("it" → http://it.localhost:<port>) or of the public host. */
export function hostUrl(tenant: string | null): string {
  const base = new URL(inject("baseUrl"));
  if (tenant) base.hostname = `${tenant}.localhost`;
  return base.origin;
}

export async function newContext(browser: Browser, language: "en" | "zh-CN" = "en"): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: language, viewport: { width: 1440, height: 900 } });
  // The SPA remembers the language in localStorage; start each context in the one asked for.
  await context.addInitScript((lang) => {
    if (!localStorage.getItem("loonflow.language")) localStorage.setItem("loonflow.language", lang);
  }, language);
  return context;
}

export async function signIn(page: Page, tenant: string, username: string, path = "/"): Promise<void> {
  await page.goto(`${hostUrl(tenant)}/login?next=${encodeURIComponent(path)}`);
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Collect console errors and failed API calls so a spec can assert the page ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

/** Call the API from inside the page with its session and CSRF token (Node cannot resolve *.localhost). */
export async function api(page: Page, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const token = document.cookie.split("; ").find((part) => part.startsWith("loonflow_csrftoken="))?.split("=")[1] ?? "";
      const response = await fetch(path, {
        method,
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": token, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, etag: response.headers.get("ETag"), body: text ? JSON.parse(text) : null };
    },
    { method, path, body, headers },
  );
}

/** Poll until `read` answers as expected (20 s: the machine may be busy). */
export const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

/** The trimmed text of the first element with this test id. */
export const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? "").trim();
