import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

export type UserCreate = TenantSchemas["schemas"]["UserCreateIn"];

/** Departments' and roles' member counts change with the user. */
export const USER_WRITE_KEYS = [queryKeys.users.all, queryKeys.departments.all, queryKeys.roles.all];

/** POST /users. */
export function useCreateUser() {
  return useEntityMutation(async (body: UserCreate) => unwrap(await api.POST("/api/v1/users", { body })), USER_WRITE_KEYS);
}
