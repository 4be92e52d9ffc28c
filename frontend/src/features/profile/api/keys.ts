// The profile feature's query keys. `me` is the very key the auth feature caches GET /me under, so a
// saved name or language shows in the header at once (features share the cache, not code).
export const profileKeys = {
  me: ["me"] as const,
  passwordRules: ["password-rules"] as const,
  // Not under `me`: refreshing who I am need not refetch my tokens.
  myTokens: ["my-tokens"] as const,
};
