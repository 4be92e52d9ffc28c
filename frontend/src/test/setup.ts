import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadLanguage } from "@/lib/i18n";

// The app fetches one language's texts before its first render (main.tsx); tests have both at hand.
await Promise.all([loadLanguage("en"), loadLanguage("zh-CN")]);

// Ant Design reads these; jsdom lacks them. Media queries answer as a wide desktop screen would (every
// `min-width` matches, so antd's breakpoints say "xxl"; no `max-width`, no dark scheme); a test of the
// phone layout or of dark mode replaces window.matchMedia (see src/test/media.ts).
Object.defineProperty(window, "matchMedia", {
  writable: true,
  value: (query: string) => ({
    matches: /min-width/.test(query), media: query, onchange: null,
    addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
afterEach(() => cleanup());
// Lists render their rows as a deferred (transition) pass after the data arrives, one more render than a
// plain update; Ant Design under jsdom on a busy 2-core machine makes that slow: findBy* waits up to 4 s.
configure({ asyncUtilTimeout: 4000 });

// openapi-fetch captures `fetch` and `Request` when a client is created (at import time) and builds
// relative URLs ("/api/v1/…") that Node's Request refuses. Resolve them against jsdom's location, and
// look `fetch` up at call time so a test can `vi.stubGlobal("fetch", …)` after the client exists.
const NodeRequest = globalThis.Request;
class RelativeRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === "string" && input.startsWith("/") ? new URL(input, location.origin) : input, init);
  }
}
globalThis.Request = RelativeRequest as typeof Request;
const realFetch = globalThis.fetch;
const lateFetch: typeof fetch = (input, init) =>
  (globalThis.fetch === lateFetch ? realFetch : globalThis.fetch)(input, init);
globalThis.fetch = lateFetch;
