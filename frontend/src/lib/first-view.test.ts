import { afterEach, expect, test } from "vitest";
import { answerKey, firstViewMiddleware, firstViewShown, revealConsole, takeFirstViewAnswer } from "./first-view";

function drawFirstView(answers: Record<string, unknown>) {
  document.body.innerHTML = `<div id="first-view">drawn</div><script id="first-view-answers" type="application/json">${JSON.stringify(answers)}</script><div id="root"></div>`;
}

afterEach(() => {
  revealConsole();
  document.body.innerHTML = "";
});

test("answers are keyed by path and sorted query, as the server keys them", () => {
  expect(answerKey(new URL("http://x/api/v1/tickets?view=todo&limit=20"))).toBe("/api/v1/tickets?limit=20&view=todo");
  expect(answerKey(new URL("http://x/api/v1/me"))).toBe("/api/v1/me");
});

test("an answer the document brought is taken once; the next request goes to the server", () => {
  drawFirstView({ "/api/v1/me": { user: { id: 1 } } });
  expect(takeFirstViewAnswer(new URL("http://x/api/v1/me"))).toEqual({ user: { id: 1 } });
  expect(takeFirstViewAnswer(new URL("http://x/api/v1/me"))).toBeUndefined();
});

test("the API client's GETs are answered from the document, nothing else", async () => {
  drawFirstView({ "/api/v1/tickets?limit=20&view=todo": { items: [] } });
  const middleware = firstViewMiddleware();
  const call = (request: Request) => middleware.onRequest?.({ request } as never);
  const post = await call(new Request("http://x/api/v1/tickets?view=todo&limit=20", { method: "POST" }));
  expect(post).toBeUndefined();
  const answered = (await call(new Request("http://x/api/v1/tickets?view=todo&limit=20"))) as Response;
  expect(answered.status).toBe(200);
  expect(await answered.json()).toEqual({ items: [] });
  expect(await call(new Request("http://x/api/v1/tickets?view=todo&limit=20"))).toBeUndefined();
});

test("revealing the console takes the first view and its unused answers away", () => {
  drawFirstView({ "/api/v1/me": {} });
  expect(firstViewShown()).toBe(true);
  revealConsole();
  expect(firstViewShown()).toBe(false);
  expect(takeFirstViewAnswer(new URL("http://x/api/v1/me"))).toBeUndefined();
});
