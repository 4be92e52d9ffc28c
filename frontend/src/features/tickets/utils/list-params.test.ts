import dayjs from "dayjs";
import { exportUrl, fromSavedQuery, parseListParams, toApiQuery, toSavedQuery, toSearchParams } from "./list-params";

test("the URL's filters are read (the older serial and title filters join the search), malformed ones ignored", () => {
  const filters = parseListParams(
    new URLSearchParams("view=created&workflow=3&state=lead_review&status=in_progress&serial=LV-2026&title=%20leave%20&from=2026-01-01&to=2026-01-31&limit=50&cursor=abc"),
  );
  expect(filters).toEqual({
    view: "created",
    workflow: 3,
    state: "lead_review",
    status: "in_progress",
    q: "LV-2026 leave",
    from: "2026-01-01",
    to: "2026-01-31",
    cursor: "abc",
    limit: 50,
  });
  expect(parseListParams(new URLSearchParams("view=nope&workflow=x&status=gone&from=yesterday&limit=7"))).toEqual({
    view: "todo",
    workflow: undefined,
    state: undefined,
    status: undefined,
    q: undefined,
    from: undefined,
    to: undefined,
    cursor: undefined,
    limit: 20,
  });
});

test("filters round-trip through the URL", () => {
  const search = "view=all&workflow=2&status=finished&from=2026-02-01&to=2026-02-03&limit=100";
  expect(toSearchParams(parseListParams(new URLSearchParams(search))).toString()).toBe(search);
});

test("the day range becomes instants: from's midnight up to the midnight after to", () => {
  const query = toApiQuery(parseListParams(new URLSearchParams("view=todo&from=2026-02-01&to=2026-02-03&title=vpn")));
  expect(query).toEqual({
    view: "todo",
    limit: 20,
    q: "vpn",
    created_after: dayjs("2026-02-01T00:00:00").toISOString(),
    created_before: dayjs("2026-02-04T00:00:00").toISOString(),
  });
});

test("the search and the sort are read from the URL and sent; an unknown sort is dropped", () => {
  const filters = parseListParams(new URLSearchParams("view=all&q=%20请假%20&sort=-updated_at"));
  expect(filters.q).toBe("请假");
  expect(filters.sort).toBe("-updated_at");
  expect(toApiQuery(filters)).toEqual({ view: "all", limit: 20, q: "请假", sort: "-updated_at" });
  expect(parseListParams(new URLSearchParams("sort=password")).sort).toBeUndefined();
  expect(parseListParams(new URLSearchParams("sort=--title")).sort).toBeUndefined();
});

test("a saved view's query becomes the list's filters, and the list's filters a saved query", () => {
  const filters = fromSavedQuery(
    "created",
    { q: "vpn", status: "finished", sort: "title", created_after: dayjs("2026-02-01").toISOString(), created_before: dayjs("2026-02-04").toISOString(), field: [] },
    50,
  );
  expect(filters).toMatchObject({ view: "created", q: "vpn", status: "finished", sort: "title", from: "2026-02-01", to: "2026-02-03", limit: 50 });
  expect(toSavedQuery({ ...filters, cursor: "abc" })).toEqual({
    q: "vpn",
    status: "finished",
    sort: "title",
    created_after: dayjs("2026-02-01").toISOString(),
    created_before: dayjs("2026-02-04").toISOString(),
  });
  const query = { view: "created", status: "finished", q: "vpn", sort: "title", created_after: dayjs("2026-02-01").toISOString(), created_before: dayjs("2026-02-04").toISOString() };
  expect(exportUrl(filters)).toBe(`/api/v1/tickets/export?${new URLSearchParams({ ...query, format: "csv" })}`);
  expect(exportUrl(filters, "xlsx")).toBe(`/api/v1/tickets/export?${new URLSearchParams({ ...query, format: "xlsx" })}`);
});

test("a saved view or link with the older serial and title filters shows them in the one search box", () => {
  const filters = fromSavedQuery("all", { serial: "LV-20261206-0001", title: "laptop" }, 20);
  expect(filters.q).toBe("LV-20261206-0001 laptop");
  expect(toApiQuery(filters)).toEqual({ view: "all", limit: 20, q: "LV-20261206-0001 laptop" });
  expect(parseListParams(new URLSearchParams("q=vpn&title=vpn")).q).toBe("vpn");
});
