import { ApiError, toApiError, unwrap } from "./api-error";

test("the API's error body becomes a typed ApiError", () => {
  const error = toApiError(422, {
    error: { code: "validation_error", message: "Bad input", details: [{ loc: ["body", "fields", "amount"], message: "Too big" }] },
  });
  expect(error).toBeInstanceOf(ApiError);
  expect(error.status).toBe(422);
  expect(error.code).toBe("validation_error");
  expect(error.fieldProblems()).toEqual({ amount: "Too big" });
  const dotted = toApiError(422, { error: { code: "validation_failed", message: "x", details: [{ loc: ["body", "fields", "n"], field: "fields.n", message: "Bad" }] } });
  expect(dotted.fieldProblems()).toEqual({ "fields.n": "Bad", n: "Bad" });
});

test("a body that is not the API's still gives a usable error", () => {
  const error = toApiError(502, "<html>bad gateway</html>");
  expect(error.code).toBe("http_502");
  expect(error.message).toContain("502");
});

test("unwrap returns data on success and throws on failure", () => {
  expect(unwrap({ data: { id: 1 }, response: new Response(null, { status: 200 }) })).toEqual({ id: 1 });
  expect(() => unwrap({ error: { error: { code: "gone", message: "Gone" } }, response: new Response(null, { status: 409 }) })).toThrow("Gone");
});
