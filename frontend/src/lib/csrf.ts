// Django's CSRF protection for session writes: send the cookie's token back in X-CSRFToken.
import type { Middleware } from "openapi-fetch";

const COOKIE = "loonflow_csrftoken";
const SAFE = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);

export function csrfToken(): string | undefined {
  const match = document.cookie.split("; ").find((part) => part.startsWith(`${COOKIE}=`));
  return match ? decodeURIComponent(match.slice(COOKIE.length + 1)) : undefined;
}

/** Middleware that fetches a token once (GET <csrfPath>) and adds it to every unsafe request. */
export function csrfMiddleware(csrfPath: string): Middleware {
  let pending: Promise<void> | undefined;
  const ensure = async () => {
    if (csrfToken()) return;
    pending ??= fetch(csrfPath, { credentials: "same-origin" }).then(() => undefined);
    await pending;
    pending = undefined;
  };
  return {
    async onRequest({ request }) {
      if (SAFE.has(request.method)) return request;
      await ensure();
      const token = csrfToken();
      if (token) request.headers.set("X-CSRFToken", token);
      return request;
    },
  };
}
