// A stubbed API for component tests: `stubApi` answers each call through a handler and records the
// calls made (render with `@/test/render`).

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
