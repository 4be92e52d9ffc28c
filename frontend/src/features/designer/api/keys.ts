// Query keys of the designer's reads, in one place so mutations can update or invalidate them.
export const designerKeys = {
  all: ["designer"] as const,
  workflow: (workflowId: number) => ["designer", "workflow", workflowId] as const,
  draft: (workflowId: number) => ["designer", "draft", workflowId] as const,
  validation: (workflowId: number, signature: string) => ["designer", "validation", workflowId, signature] as const,
  users: (search: string) => ["designer", "users", search] as const,
  departments: ["designer", "departments"] as const,
  roles: ["designer", "roles"] as const,
  scripts: ["designer", "scripts"] as const,
  channels: ["designer", "notification-channels"] as const,
};
