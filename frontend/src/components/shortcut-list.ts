/** The keys and what they do, in the order the help lists them. */
export const SHORTCUTS = [
  { keys: ["/"], what: "search" },
  { keys: ["j", "k"], what: "move" },
  { keys: ["Enter"], what: "open" },
  { keys: ["a"], what: "approve" },
  { keys: ["?"], what: "help" },
] as const;

