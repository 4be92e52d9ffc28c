// Render components as the app does (query client, Ant Design's App, a router, i18n) against a
// stubbed API: `stubApi` answers each call through a handler and records the calls made.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { App } from "antd";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router";
import "@/lib/i18n";

export type Call = { method: string; path: string; query: URLSearchParams; body: unknown };
type Handler = (call: Call) => { status?: number; body?: unknown } | undefined;

/** Answer API calls with `handler` (404 when it returns nothing); returns the calls made. */
export function stubApi(handler: Handler): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (input: Request | string) => {
    const request = typeof input === "string" ? new Request(input) : input;
    const url = new URL(request.url, location.origin);
    const text = request.method === "GET" ? "" : await request.text();
    const call = { method: request.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
    calls.push(call);
    const answer = url.pathname.endsWith("/csrf") ? { body: {} } : handler(call);
    const status = answer?.status ?? (answer ? 200 : 404);
    return status === 204
      ? new Response(null, { status })
      : new Response(JSON.stringify(answer?.body ?? { error: { code: "not_found", message: "Not found." } }), {
          status,
          headers: { "Content-Type": "application/json" },
        });
  });
  return calls;
}

export function renderWithApp(ui: ReactElement, route = "/") {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </App>
    </QueryClientProvider>,
  );
}
