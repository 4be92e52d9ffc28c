import dayjs from "dayjs";
import { parseListParams, toApiQuery, toSearchParams } from "./list-params";

test("the URL's filters are read, malformed ones ignored", () => {
  const filters = parseListParams(
    new URLSearchParams("view=created&workflow=3&state=lead_review&status=in_progress&serial=LV-2026&title=%20leave%20&from=2026-01-01&to=2026-01-31&limit=50&cursor=abc"),
  );
  expect(filters).toEqual({
    view: "created",
    workflow: 3,
    state: "lead_review",
    status: "in_progress",
    serial: "LV-2026",
    title: "leave",
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
    serial: undefined,
    title: undefined,
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
    title: "vpn",
    created_after: dayjs("2026-02-01T00:00:00").toISOString(),
    created_before: dayjs("2026-02-04T00:00:00").toISOString(),
  });
});
