// The list's filters live in the URL (?view=todo&workflow=3&status=in_progress&from=2026-01-01…), so a
// reload or a shared link shows the same list. These turn the URL into filters and filters into the
// API's query.
import dayjs from "dayjs";
import type { TicketListQuery } from "../api/use-tickets";
import { TICKET_STATUSES, TICKET_VIEWS, type TicketView } from "../types";

export const PAGE_SIZES = [20, 50, 100] as const;
/** The columns GET /tickets sorts by (`-` first: descending). */
export const TICKET_SORTS = ["created_at", "updated_at", "serial", "title", "status", "state_key"] as const;
const SORT = new RegExp(`^-?(${TICKET_SORTS.join("|")})$`);
const DEFAULT_PAGE_SIZE = 20;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The API's query, but with the creation days as people pick them. */
export type ListFilters = Omit<TicketListQuery, "created_after" | "created_before"> & {
  /** Created on or after this day (YYYY-MM-DD, local time). */
  from?: string;
  /** Created on or before this day (YYYY-MM-DD, local time). */
  to?: string;
};

const text = (params: URLSearchParams, name: string) => params.get(name)?.trim() || undefined;

/**
 * The one search box's text. Links and saved views from before it may carry the older `serial` and
 * `title` filters: their words join the search (which finds serials and title words too), so the
 * box shows everything the list is filtered by.
 */
function searchText(params: URLSearchParams): string | undefined {
  const words = [text(params, "q"), text(params, "serial"), text(params, "title")].filter(Boolean);
  return words.length ? [...new Set(words)].join(" ").slice(0, 200) : undefined;
}

/** The filters in a URL; anything malformed is ignored rather than sent. */
export function parseListParams(params: URLSearchParams): ListFilters {
  const view = params.get("view");
  const workflow = Number(params.get("workflow"));
  const status = params.get("status");
  const limit = Number(params.get("limit"));
  const from = params.get("from");
  const to = params.get("to");
  const sort = params.get("sort");
  const person = (name: string) => {
    const id = Number(params.get(name));
    return Number.isInteger(id) && id > 0 ? id : undefined;
  };
  return {
    view: (TICKET_VIEWS as readonly string[]).includes(view ?? "") ? (view as TicketView) : "todo",
    workflow: Number.isInteger(workflow) && workflow > 0 ? workflow : undefined,
    state: text(params, "state"),
    status: (TICKET_STATUSES as readonly string[]).includes(status ?? "") ? (status as string) : undefined,
    q: searchText(params),
    creator: person("creator"),
    handler: person("handler"),
    sort: sort && SORT.test(sort) ? sort : undefined,
    from: from && DAY.test(from) && dayjs(from).isValid() ? from : undefined,
    to: to && DAY.test(to) && dayjs(to).isValid() ? to : undefined,
    cursor: text(params, "cursor"),
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_PAGE_SIZE,
  };
}

/** Filters as URL parameters (in a stable order, defaults left out). */
export function toSearchParams(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams({ view: filters.view });
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== "") params.set(name, String(value));
  };
  set("workflow", filters.workflow);
  set("state", filters.state);
  set("status", filters.status);
  set("q", filters.q);
  set("creator", filters.creator);
  set("handler", filters.handler);
  set("sort", filters.sort);
  set("from", filters.from);
  set("to", filters.to);
  if (filters.limit !== DEFAULT_PAGE_SIZE) set("limit", filters.limit);
  set("cursor", filters.cursor);
  return params;
}

/** Filters as GET /tickets's query: the day range becomes instants (from's midnight to the midnight after to). */
export function toApiQuery(filters: ListFilters): TicketListQuery {
  const query: TicketListQuery = { view: filters.view, limit: filters.limit };
  if (filters.workflow !== undefined) query.workflow = filters.workflow;
  if (filters.state) query.state = filters.state;
  if (filters.status) query.status = filters.status;
  if (filters.q) query.q = filters.q;
  if (filters.creator !== undefined) query.creator = filters.creator;
  if (filters.handler !== undefined) query.handler = filters.handler;
  if (filters.sort) query.sort = filters.sort;
  if (filters.from) query.created_after = dayjs(filters.from).startOf("day").toISOString();
  if (filters.to) query.created_before = dayjs(filters.to).add(1, "day").startOf("day").toISOString();
  if (filters.cursor) query.cursor = filters.cursor;
  return query;
}

/** Whether any filter (beyond the view and paging) is set. */
export const hasFilters = (filters: ListFilters) =>
  Boolean(
    filters.workflow ||
      filters.state ||
      filters.status ||
      filters.q ||
      filters.creator ||
      filters.handler ||
      filters.from ||
      filters.to,
  );

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where the list with these filters and sort downloads as CSV or XLSX (all of it, not one page). */
export function exportUrl(filters: ListFilters, format: ExportFormat = "csv"): string {
  const { cursor: _cursor, limit: _limit, ...query } = toApiQuery(filters);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  params.set("format", format);
  return `/api/v1/tickets/export?${params}`;
}

/** The filters and sort a saved view keeps (the API's query without view and paging). */
export type SavedQuery = Omit<TicketListQuery, "view" | "cursor" | "limit">;

/** A saved view's query as list filters (the view, the filters, the sort; first page, same page size). */
export function fromSavedQuery(view: TicketView, query: Record<string, unknown>, limit: number): ListFilters {
  const params = new URLSearchParams({ view });
  for (const [name, value] of Object.entries(query)) {
    if (value === null || value === undefined || Array.isArray(value)) continue;
    params.set(name, String(value));
  }
  const filters = parseListParams(params);
  const day = (instant: unknown) => (typeof instant === "string" && dayjs(instant).isValid() ? dayjs(instant) : undefined);
  const after = day(query.created_after);
  const before = day(query.created_before);
  return {
    ...filters,
    from: after?.format("YYYY-MM-DD"),
    to: before?.subtract(1, "day").format("YYYY-MM-DD"),
    limit,
  };
}

/** The list's filters as a saved view keeps them. */
export function toSavedQuery(filters: ListFilters): SavedQuery {
  const { view: _view, cursor: _cursor, limit: _limit, ...query } = toApiQuery(filters);
  return query;
}
