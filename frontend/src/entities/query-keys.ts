// The one query-key factory of the SPA's shared entities (users, departments, roles, workflows,
// scripts, notification channels). Every feature reads them through src/entities/<entity>/api, so
// a write in one page invalidates what every other page shows. Keys nest: `users.all` is the prefix
// of every user key, `workflows.detail(id)` of that workflow's versions and diffs.

/** The query GET /users takes. */
export type UserListParams = {
  q?: string;
  department_id?: number;
  role_id?: number;
  is_active?: boolean;
  cursor?: string | null;
  limit?: number;
};

/** The query GET /workflows takes. */
export type WorkflowListParams = { q?: string };

/**
 * The one stale-time policy for entity reads: fresh for a minute. Writes made here invalidate
 * their keys at once, so this only bounds how long a change made elsewhere (another tab, person
 * or system) takes to show.
 */
export const ENTITY_STALE_TIME = 60_000;

const USERS = ["users"] as const;
const DEPARTMENTS = ["departments"] as const;
const ROLES = ["roles"] as const;
const WORKFLOWS = ["workflows"] as const;
const SCRIPTS = ["scripts"] as const;
const CHANNELS = ["notification-channels"] as const;

export const queryKeys = {
  users: {
    all: USERS,
    list: (params: UserListParams) => [...USERS, "list", params] as const,
    detail: (id: number) => [...USERS, "detail", id] as const,
    /** A user found by exact username (labels of usernames kept in tickets and workflow documents). */
    byName: (username: string) => [...USERS, "by-name", username] as const,
  },
  departments: {
    all: DEPARTMENTS,
    list: () => [...DEPARTMENTS, "list"] as const,
  },
  roles: {
    all: ROLES,
    list: () => [...ROLES, "list"] as const,
  },
  workflows: {
    all: WORKFLOWS,
    lists: () => [...WORKFLOWS, "list"] as const,
    list: (params: WorkflowListParams) => [...WORKFLOWS, "list", params] as const,
    detail: (id: number) => [...WORKFLOWS, "detail", id] as const,
    versions: (id: number) => [...WORKFLOWS, "detail", id, "versions"] as const,
    version: (id: number, number: number) => [...WORKFLOWS, "detail", id, "versions", number] as const,
    diff: (id: number, from: number, to: number) => [...WORKFLOWS, "detail", id, "diff", from, to] as const,
    // Outside detail(id): saving the draft refreshes the workflow without reloading the draft being edited.
    draft: (id: number) => [...WORKFLOWS, "draft", id] as const,
    validation: (id: number, signature: string) => [...WORKFLOWS, "validation", id, signature] as const,
    statistics: (id: number, days: number) => [...WORKFLOWS, "statistics", id, days] as const,
    init: (id: number) => [...WORKFLOWS, "init", id] as const,
  },
  scripts: {
    all: SCRIPTS,
    list: () => [...SCRIPTS, "list"] as const,
    detail: (id: number) => [...SCRIPTS, "detail", id] as const,
    runs: (id: number, cursor: string | null) => [...SCRIPTS, "detail", id, "runs", cursor] as const,
  },
  channels: {
    all: CHANNELS,
    list: () => [...CHANNELS, "list"] as const,
    test: (channelId: number, testId: number) => [...CHANNELS, "detail", channelId, "tests", testId] as const,
  },
};
