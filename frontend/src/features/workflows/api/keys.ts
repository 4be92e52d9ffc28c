// Query keys of the workflows feature: everything under ["workflows"], so one invalidation refreshes it all.
export const workflowKeys = {
  all: ["workflows"] as const,
  list: (q: string) => ["workflows", "list", q] as const,
  detail: (id: number) => ["workflows", "detail", id] as const,
  versions: (id: number) => ["workflows", "detail", id, "versions"] as const,
  version: (id: number, number: number) => ["workflows", "detail", id, "versions", number] as const,
  diff: (id: number, from: number, to: number) => ["workflows", "detail", id, "diff", from, to] as const,
};

export const userKeys = {
  search: (q: string) => ["workflows", "users", "search", q] as const,
  one: (id: number) => ["workflows", "users", id] as const,
};
