// Query keys of the platform console.
export const platformKeys = {
  me: ["platform", "me"] as const,
  tenants: () => ["platform", "tenants"] as const,
  tenant: (id: number) => ["platform", "tenants", id] as const,
};
