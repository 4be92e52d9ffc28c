// A page the server drew for the first paint (backend core/first_view.py: the to-do list or a ticket,
// shown on a phone).
//
// The document then carries the page (#first-view, shown while #root is hidden, index.css) and the API
// answers it was drawn from (#first-view-answers). The entry lets it paint before it starts the console
// (main.tsx); the console answers its first requests from those answers (firstViewMiddleware), draws
// the same page out of sight, and the page takes the first view's place (useRevealConsole). Anything
// else (another route, a redirect, a slow start) reveals the console too: it never stays hidden.
// Kept free of React and the rest: the entry imports it.
import type { Middleware } from "openapi-fetch";

const VIEW_ID = "first-view";
const ANSWERS_ID = "first-view-answers";
// How long the console may stay out of sight at most, whatever happens.
const REVEAL_AT_LATEST_MS = 15_000;

/** Whether the document came with a first view (still shown). */
export const firstViewShown = () => Boolean(document.getElementById(VIEW_ID));

// How long to wait for the browser to report the first paint, at most.
const PAINT_AT_LATEST_MS = 1_000;

/** Resolves once the browser has shown the first view (its first-contentful-paint; at once without a
 *  first view): the entry then starts the console, whose scripts would otherwise compete with that
 *  paint for the network and the CPU. */
export function afterFirstPaint(): Promise<void> {
  if (!firstViewShown()) return Promise.resolve();
  setTimeout(revealConsole, REVEAL_AT_LATEST_MS);
  return new Promise((done) => {
    const finish = () => {
      clearTimeout(timer);
      observer?.disconnect();
      done();
    };
    const timer = setTimeout(finish, PAINT_AT_LATEST_MS);
    let observer: PerformanceObserver | undefined;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.name === "first-contentful-paint")) finish();
      });
      observer.observe({ type: "paint", buffered: true });
    } catch {
      requestAnimationFrame(() => setTimeout(finish, 0)); // no paint timing: the next frame then
    }
  });
}

/** Take the first view away and show the console (which has drawn the page meanwhile). */
export function revealConsole(): void {
  document.getElementById(VIEW_ID)?.remove();
  // Answers not asked for by now are stale by the time they would be: the server is asked instead.
  document.getElementById(ANSWERS_ID)?.remove();
  answers = undefined;
}

let answers: Map<string, unknown> | undefined;

/** `path?query` with the query sorted, as the server keys its answers (core/first_view.py answer_key). */
export function answerKey(url: URL): string {
  const params = [...url.searchParams].sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  return params.length ? `${url.pathname}?${new URLSearchParams(params)}` : url.pathname;
}

/** The answer the document brought for GET `url`, once (the next request goes to the server). */
export function takeFirstViewAnswer(url: URL): unknown {
  if (!answers) {
    const element = document.getElementById(ANSWERS_ID);
    answers = new Map(Object.entries(element ? (JSON.parse(element.textContent || "{}") as Record<string, unknown>) : {}));
  }
  const key = answerKey(url);
  const answer = answers.get(key);
  answers.delete(key);
  return answer;
}

/** The API client's first GETs of a first view's answers are answered from the document. */
export function firstViewMiddleware(): Middleware {
  return {
    onRequest({ request }) {
      if (request.method !== "GET") return undefined;
      const answer = takeFirstViewAnswer(new URL(request.url));
      if (answer === undefined) return undefined;
      return new Response(JSON.stringify(answer), { status: 200, headers: { "Content-Type": "application/json" } });
    },
  };
}

/** Tell the server, for the next first view, what this browser shows: its time zone, the language
 *  and the colour scheme (cookies: core/first_view.py reads them). */
export function rememberForFirstView(settings: { language?: string; theme?: string; timeZone?: boolean }): void {
  const values: Record<string, string | undefined> = {
    loonflow_tz: settings.timeZone ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined,
    loonflow_language: settings.language,
    loonflow_theme: settings.theme,
  };
  const secure = location.protocol === "https:" ? "; secure" : "";
  for (const [name, value] of Object.entries(values)) {
    if (value) document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax${secure}`;
  }
}
