// Tests talk to a fake server through the real typed client. openapi-fetch captures `fetch` and
// `Request` when `@/lib/api-client` creates its clients, so this module must run before that import:
// test files load it first: `await vi.hoisted(() => import("@/test/fetch-stub"))`, or as their first import.
export type Handler = (request: Request) => Response | Promise<Response>;

const ORIGIN = "http://it.localhost";
let handler: Handler = () => json({ error: { code: "not_found", message: "No stub." } }, 404);
/** Every request since the last `serve`, as sent (clones: their bodies can still be read). */
export const requests: Request[] = [];

const BaseRequest = globalThis.Request;
// The client uses relative URLs (same origin in the browser); jsdom's Request needs absolute ones.
class RelativeRequest extends BaseRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === "string" ? new URL(input, ORIGIN).href : input, init);
  }
}
globalThis.Request = RelativeRequest as typeof Request;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const request = input instanceof BaseRequest ? input : new RelativeRequest(input, init);
  requests.push(request.clone());
  return handler(request);
};

// A CSRF cookie, so writes do not first fetch one (tests then see only the calls they care about).
document.cookie = "loonflow_csrftoken=test-token";

/** Answer every request with `next` (until the next call), and forget the requests made so far. */
export function serve(next: Handler): void {
  handler = next;
  requests.length = 0;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}
