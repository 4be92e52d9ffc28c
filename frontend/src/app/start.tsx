// The console: started by the entry (main.tsx), after a first view has painted if there is one.
import type { QueryClient } from "@tanstack/react-query";
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { firstViewShown, rememberForFirstView } from "@/lib/first-view";
import i18n, { type Language, loadLanguage } from "@/lib/i18n";
import { makeQueryClient } from "@/lib/query-client";
import { storedThemeMode } from "@/lib/theme/theme-mode";
import { App } from "./App";
import { makeRouter, preloadOpenedPage } from "./router";

/** Resolves when no query is fetching any more (or after `atMostMs`). */
function settled(client: QueryClient, atMostMs: number): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      unsubscribe();
      clearTimeout(timer);
      done();
    };
    const unsubscribe = client.getQueryCache().subscribe(() => {
      if (client.isFetching() === 0) finish();
    });
    const timer = setTimeout(finish, atMostMs);
    if (client.isFetching() === 0) finish();
  });
}

/** Start the console (the entry calls it in a task of its own, after these modules have been run). */
export async function start() {
  // The opened page's chunk and first queries start at once; the router is made in the next task (on a
  // phone each is a long piece of work, and two short tasks block input less than one long one).
  const queryClient = makeQueryClient();
  preloadOpenedPage(queryClient);
  await new Promise((next) => setTimeout(next, 0));
  const router = makeRouter();
  // Under a first view the document brought those answers: with them in the cache, the console draws
  // the page in its first render, which React slices, rather than re-rendering it in one piece as each
  // answer arrives. (Without one, the console shows at once and the answers arrive as they come.)
  await Promise.all([loadLanguage(i18n.language as Language), firstViewShown() ? settled(queryClient, 3000) : null]);
  // The first render runs as a transition: React renders it in slices and yields to the browser between
  // them, instead of one long task that blocks input while a phone works through the whole console.
  startTransition(() => {
    createRoot(document.getElementById("root") as HTMLElement).render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
  });
  // For the next first view, as the page is left: the time zone lookup costs a phone 20 ms or so,
  // which is nobody's wait then.
  const remember = () => rememberForFirstView({ language: i18n.language, theme: storedThemeMode(), timeZone: true });
  addEventListener("visibilitychange", () => document.visibilityState === "hidden" && remember());
  addEventListener("pagehide", remember);
}
