import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { USER_WRITE_KEYS } from "./use-create-user";

export type UserPatch = TenantSchemas["schemas"]["UserPatchIn"];

/** PATCH /users/{id}. */
export function useUpdateUser() {
  return useEntityMutation(
    async ({ id, body }: { id: number; body: UserPatch }) =>
      unwrap(await api.PATCH("/api/v1/users/{user_id}", { params: { path: { user_id: id } }, body })),
    USER_WRITE_KEYS,
  );
}

