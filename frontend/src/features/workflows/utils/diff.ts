// Shapes the flat change list of GET /diff (paths like "states.hr_review.participant.users") into
// what people read: areas (fields, states, transitions…), the items changed in each, and their attributes.
import type { Change } from "../types";

export type DiffOp = Change["op"];

/** Colour of each kind of change: added green, removed red, changed amber (Ant Design's palette). */
export const OP_COLORS: Record<DiffOp, string> = { added: "#52c41a", removed: "#ff4d4f", changed: "#faad14" };
export const OP_TAG_COLORS: Record<DiffOp, string> = { added: "green", removed: "red", changed: "gold" };

export const KEYED_AREAS = ["fields", "states", "transitions"] as const;
export const AREAS = ["general", "fields", "states", "transitions", "audiences", "notifications", "webhooks"] as const;
export type Area = (typeof AREAS)[number];

const AUDIENCES = new Set(["creators", "viewers", "intervenors"]);

export type DiffEntry = {
  op: DiffOp;
  /** The attribute below the item ("participant.users"), or the document attribute ("serial_prefix"); "" for the whole item. */
  attribute: string;
  before: unknown;
  after: unknown;
  /** Keys of a keyed list moved around: before/after are the key orders. */
  reorder?: boolean;
};

export type DiffItem = { key: string | null; op: DiffOp; entries: DiffEntry[] };
export type DiffGroup = { area: Area; items: DiffItem[]; counts: Record<DiffOp, number> };

function areaOf(head: string): Area {
  if ((KEYED_AREAS as readonly string[]).includes(head)) return head as Area;
  if (AUDIENCES.has(head)) return "audiences";
  if (head === "notifications" || head === "webhooks") return head;
  return "general";
}

/** Group changes by area, then by item (for fields, states, transitions), in the order the API gave them. */
export function groupChanges(changes: Change[]): DiffGroup[] {
  const groups = new Map<Area, Map<string, DiffItem>>();
  for (const change of changes) {
    const [head, ...rest] = change.path.split(".");
    const area = areaOf(head);
    const keyed = (KEYED_AREAS as readonly string[]).includes(head);
    // A keyed list's item is its second segment; a bare "states" is the reorder change.
    const key = keyed && rest.length ? rest[0] : null;
    const attribute = keyed ? rest.slice(1).join(".") : change.path;
    const entry: DiffEntry = {
      op: change.op,
      attribute,
      before: change.before ?? null,
      after: change.after ?? null,
      ...(keyed && !rest.length ? { reorder: true } : {}),
    };
    const items = groups.get(area) ?? new Map<string, DiffItem>();
    groups.set(area, items);
    const slot = key ?? (keyed ? "\u0000order" : `\u0000${change.path}`);
    const item = items.get(slot);
    if (item) {
      item.entries.push(entry);
      item.op = "changed";
    } else {
      items.set(slot, { key, op: change.op, entries: [entry] });
    }
  }
  return AREAS.filter((area) => groups.has(area)).map((area) => {
    const items = [...groups.get(area)!.values()];
    const counts: Record<DiffOp, number> = { added: 0, removed: 0, changed: 0 };
    for (const item of items) counts[item.op] += 1;
    return { area, items, counts };
  });
}

export type GraphMarks = { states: Record<string, DiffOp>; transitions: Record<string, DiffOp> };

/**
 * Which states and transitions a diff touches, for colouring the graphs. A state whose only change is
 * its position (moved in the designer) is left uncoloured: the layout is not the behaviour.
 */
export function graphMarks(changes: Change[]): GraphMarks {
  const marks: GraphMarks = { states: {}, transitions: {} };
  for (const change of changes) {
    const [head, key, ...rest] = change.path.split(".");
    if ((head !== "states" && head !== "transitions") || !key) continue;
    if (head === "states" && rest[0] === "position") continue;
    const bucket = marks[head];
    bucket[key] = rest.length ? "changed" : change.op;
  }
  return marks;
}

/** A readable one-line form of a JSON value from a diff. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value === "" ? '""' : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) {
    return value.length ? value.join(", ") : "[]";
  }
  return JSON.stringify(value);
}

/** The label people know an added or removed item by (a state's or transition's name, a field's label). */
export function itemTitle(value: unknown): string | undefined {
  if (!value || typeof value !== "object") return undefined;
  const item = value as { name?: unknown; label?: unknown };
  const title = item.name ?? item.label;
  return typeof title === "string" ? title : undefined;
}

type Named = { key: string; name?: string; label?: string };

/** "states.hr_review" → "HR review": what the documents call their items, the newer name winning. */
export function itemLabels(...documents: ({ states?: Named[]; transitions?: Named[]; fields?: Named[] } | undefined)[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const document of documents) {
    for (const area of KEYED_AREAS) {
      for (const item of document?.[area] ?? []) {
        const title = item.name ?? item.label;
        if (title) labels[`${area}.${item.key}`] = title;
      }
    }
  }
  return labels;
}
