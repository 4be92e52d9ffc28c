// Query keys of the directory-feeds feature: LDAP sources, their runs, SCIM tokens.
export const feedKeys = {
  all: ["directory-feeds"] as const,
  sources: () => [...feedKeys.all, "ldap"] as const,
  runs: (sourceId: number) => [...feedKeys.sources(), sourceId, "runs"] as const,
  tokens: () => [...feedKeys.all, "scim-tokens"] as const,
};
