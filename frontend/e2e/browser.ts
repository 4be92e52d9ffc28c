// Debian's Chromium driven by playwright-core (no browser download), and small helpers for the specs.
import { mkdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { resolve } from "node:path";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";
import CHROMIUM_FLAGS from "./chromium-flags.json";

export const SCREENSHOTS = resolve(import.meta.dirname, "../artifacts/screenshots");
export const PASSWORD = "loonflow";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    // The machine's network is closed: keep Chromium from calling home (the flags Lighthouse's runs use too).
    args: CHROMIUM_FLAGS,
  });
}

/** The URL of a tenant's host ("it" → http://it.localhost:<port>) or of the public host. */
export function hostUrl(tenant: string | null): string {
  const base = new URL(inject("baseUrl"));
  if (tenant) base.hostname = `${tenant}.localhost`;
  return base.origin;
}

export type Language = "en" | "zh-CN";

export async function newContext(browser: Browser, language: Language = "en"): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: language, viewport: { width: 1440, height: 900 } });
  // The SPA remembers the language in localStorage; start each context in the one asked for.
  await context.addInitScript((lang) => {
    if (!localStorage.getItem("loonflow.language")) localStorage.setItem("loonflow.language", lang);
  }, language);
  return context;
}

/** Sign in on a tenant's host (or, with `tenant` null, the platform console's) and land on `path`. */
export async function signIn(page: Page, tenant: string | null, username: string, path = "/"): Promise<void> {
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

/**
 * Call a host from Node, as a script outside any browser does (no session, no cookies): to the
 * server's address with the host's name in `Host`, since Node's resolver does not know *.localhost
 * and its fetch will not send another Host. The body is parsed when it is JSON.
 */
export function callHost(tenant: string | null, path: string, { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  const host = new URL(hostUrl(tenant));
  return new Promise<{ status: number; body: unknown }>((done, fail) => {
    const call = httpRequest({ host: "127.0.0.1", port: host.port, path, method, headers: { Host: host.host, Accept: "application/json", ...headers } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => {
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : null;
        } catch {
          // Not JSON: the text as it came.
        }
        done({ status: response.statusCode ?? 0, body });
      });
    });
    call.on("error", fail);
    call.end();
  });
}

/** Poll until `read` answers as expected (20 s: the machine may be busy). */
export const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

/** The trimmed text of the first element with this test id. */
export const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? "").trim();

/** Who signs in where (`tenant` null: the platform console on the public host), landing on `path`. */
export type Who = { tenant: string | null; username: string; path?: string; language?: Language };

/** A browser context with its page, and the errors that page has met so far (see watchErrors). */
export type Session = { context: BrowserContext; page: Page; errors: string[] };

/** A new context in `language` (English by default) and its page, watched for errors; not signed in. */
export async function openBlank(browser: Browser, language: Language = "en"): Promise<Session> {
  const context = await newContext(browser, language);
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** A new context and its page, watched for errors, signed in as `who` says. */
export async function openSession(browser: Browser, who: Who): Promise<Session> {
  const session = await openBlank(browser, who.language);
  await signIn(session.page, who.tenant, who.username, who.path);
  return session;
}

/**
 * A spec's browser setup in one call at its top level: registers the hooks that launch Chromium
 * once for the file and close it after, and, with `signIn`, give the spec a signed-in page (a fresh
 * context per test, or with `per: "file"` one for the whole file). Contexts a test opens through
 * `open`/`blank` are closed after that test, passed or failed.
 */
export function setupBrowser(options: { signIn?: Who; per?: "test" | "file" } = {}) {
  let browser: Browser | undefined;
  let main: Session | undefined;
  const opened: BrowserContext[] = [];
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not open: call setupBrowser(${what === "browser" ? "" : "{ signIn }"}) at the top of the spec`);
    return value;
  };
  const start = async () => {
    if (options.signIn) main = await openSession(ready(browser, "browser"), options.signIn);
  };
  const stop = async () => {
    await main?.context.close();
    main = undefined;
  };
  const track = (session: Session) => {
    opened.push(session.context);
    return session;
  };
  const perFile = options.per === "file";

  beforeAll(async () => {
    browser = await launch();
    if (perFile) await start();
  });
  if (!perFile) beforeEach(start);
  afterEach(async () => {
    for (const context of opened.splice(0)) await context.close().catch(() => undefined);
    if (!perFile) await stop();
  });
  afterAll(async () => {
    await stop();
    await browser?.close();
  });

  return {
    get browser(): Browser {
      return ready(browser, "browser");
    },
    get context(): BrowserContext {
      return ready(main, "signed-in page").context;
    },
    get page(): Page {
      return ready(main, "signed-in page").page;
    },
    get errors(): string[] {
      return ready(main, "signed-in page").errors;
    },
    /** Another person's signed-in page for this test (closed after it). */
    open: async (who: Who): Promise<Session> => track(await openSession(ready(browser, "browser"), who)),
    /** A page not signed in, for this test (closed after it). */
    blank: async (language: Language = "en"): Promise<Session> => track(await openBlank(ready(browser, "browser"), language)),
  };
}
