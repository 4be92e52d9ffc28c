// Query keys of the directory: everything under ["directory"], so a sync can refresh it all at once.
export type UserListParams = {
  q?: string;
  department_id?: number;
  role_id?: number;
  is_active?: boolean;
  cursor?: string | null;
  limit?: number;
};

export const directoryKeys = {
  all: ["directory"] as const,
  users: () => [...directoryKeys.all, "users"] as const,
  userList: (params: UserListParams) => [...directoryKeys.users(), "list", params] as const,
  user: (id: number) => [...directoryKeys.users(), "one", id] as const,
  departments: () => [...directoryKeys.all, "departments"] as const,
  roles: () => [...directoryKeys.all, "roles"] as const,
  lastSync: () => [...directoryKeys.all, "sync", "last"] as const,
};
