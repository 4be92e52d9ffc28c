// Test-only: the API client captures `fetch` and `Request` when it is created, and Node's Request
// refuses relative URLs. Import this module before anything that imports "@/lib/api-client".
type Handler = (request: Request) => Response | Promise<Response>;

const NodeRequest = globalThis.Request;
class RelativeRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === "string" && input.startsWith("/") ? `http://localhost${input}` : input, init);
  }
}
globalThis.Request = RelativeRequest as typeof Request;

let handler: Handler = () => json({ error: { code: "not_stubbed", message: "No stub" } }, 500);
export const requests: Request[] = [];

globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const request = input instanceof Request ? input : new RelativeRequest(input, init);
  requests.push(request.clone());
  // The CSRF middleware fetches a token first.
  if (new URL(request.url).pathname === "/api/v1/auth/csrf") return json({ csrf_token: "token" });
  return handler(request);
}) as typeof fetch;

/** Answer every API call with `next` (until the next `serve`). */
export function serve(next: Handler): void {
  handler = next;
  requests.length = 0;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}
