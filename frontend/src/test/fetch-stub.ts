// Tests talk to a fake server through the real typed client. openapi-fetch captures `fetch` and
// `Request` when `@/lib/api-client` creates its clients, so this module must run before that import:
// test files load it with `await vi.hoisted(() => import("@/test/fetch-stub"))`.
export type Handler = (request: Request) => Response | Promise<Response>;

const ORIGIN = "http://it.localhost";
let handler: Handler = () => json({ error: { code: "not_found", message: "No stub." } }, 404);

const BaseRequest = globalThis.Request;
// The client uses relative URLs (same origin in the browser); jsdom's Request needs absolute ones.
class RelativeRequest extends BaseRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === "string" ? new URL(input, ORIGIN).href : input, init);
  }
}
globalThis.Request = RelativeRequest as typeof Request;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
  handler(input instanceof BaseRequest ? input : new RelativeRequest(input, init));

// A CSRF cookie, so writes do not first fetch one (tests then see only the calls they care about).
document.cookie = "loonflow_csrftoken=test-token";

/** Answer every request with `next` (until the next call). */
export function serve(next: Handler): void {
  handler = next;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}
