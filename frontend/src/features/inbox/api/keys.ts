// The inbox feature's query keys: a mark-read refreshes the list and the bell's count together.
export const inboxKeys = {
  all: ["inbox"] as const,
  list: (unread: boolean) => ["inbox", "list", { unread }] as const,
  unread: ["inbox", "unread-count"] as const,
  preferences: ["inbox-preferences"] as const,
};

/** How often the bell asks for the unread count (ms). */
export const UNREAD_POLL_MS = 30_000;
