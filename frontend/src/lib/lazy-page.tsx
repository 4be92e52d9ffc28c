// Route-level code splitting: each page is its own chunk, fetched when its route is first shown.
// The page being opened is fetched at start-up, beside the session check rather than after it
// (`preloadRoute`), so a first visit does not wait for one and then the other; so is its data
// (a route's `prefetch` starts the page's first queries), instead of the chain session check ->
// render -> queries.
import type { QueryClient } from "@tanstack/react-query";
import { type ComponentType, Suspense, lazy } from "react";
import { type Params, type RouteObject, matchRoutes } from "react-router";

type Loader = () => Promise<unknown>;
/** Start the queries a route shows first (the same keys as its hooks, so they find the answers). */
export type Prefetch = (client: QueryClient, at: { params: Params; search: string }) => void;
export type PageHandle = { preload?: Loader; prefetch?: Prefetch };

/** While a page's chunk arrives: an empty area (no spinner flash). */
function PageLoading() {
  return <div aria-busy="true" style={{ padding: 24 }} />;
}

/**
 * A route for a page loaded on demand: `load` imports the page's module, `name` is its exported
 * component. Suspense sits inside the route, so the console's menu and header stay on screen.
 */
export function lazyRoute<M extends Record<string, unknown>>(
  path: string,
  load: () => Promise<M>,
  name: keyof M & string,
  prefetch?: Prefetch,
): RouteObject {
  let loading: Promise<M> | undefined;
  let Loaded: ComponentType | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      Loaded = module[name] as ComponentType;
      return module;
    }));
  // React.lazy, but a page whose chunk is already here (preloaded) is handed over synchronously (a
  // thenable that resolves at once): it renders in the same pass as the console, no fallback between.
  type PageModule = { default: ComponentType };
  const Component = lazy(() =>
    Loaded
      ? ({ then: (resolve: (value: PageModule) => void) => resolve({ default: Loaded as ComponentType }) } as unknown as Promise<PageModule>)
      : preload().then((module) => ({ default: module[name] as ComponentType })),
  );
  return {
    path,
    element: (
      <Suspense fallback={<PageLoading />}>
        <Component />
      </Suspense>
    ),
    handle: { preload, prefetch } satisfies PageHandle,
  };
}

/** Start fetching the chunks of the pages `location` opens, and (given the query client) their
 *  first data (called once, as the console starts). */
export function preloadRoute(routes: RouteObject[], location: { pathname: string; search?: string }, client?: QueryClient): void {
  for (const match of matchRoutes(routes, location) ?? []) {
    const handle = match.route.handle as PageHandle | undefined;
    void handle?.preload?.();
    if (client) handle?.prefetch?.(client, { params: match.params, search: location.search ?? "" });
  }
}
