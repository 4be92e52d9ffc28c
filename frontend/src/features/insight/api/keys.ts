// Query keys of the insight feature.
export const insightKeys = {
  workflows: ["insight", "workflows"] as const,
  statistics: (id: number, days: number) => ["insight", "statistics", id, days] as const,
  document: (id: number, version: number) => ["insight", "document", id, version] as const,
};
