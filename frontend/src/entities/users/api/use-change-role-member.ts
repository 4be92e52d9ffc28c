import { api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { USER_WRITE_KEYS } from "./use-create-user";

/**
 * Add a person to a role or take them out of it. Membership lives on the user (`role_ids`), so
 * this reads the user's current roles first and writes them back changed (GET, then PATCH /users/{id}).
 */
export function useChangeRoleMember() {
  return useEntityMutation(async ({ roleId, userId, member }: { roleId: number; userId: number; member: boolean }) => {
    const user = unwrap(await api.GET("/api/v1/users/{user_id}", { params: { path: { user_id: userId } } }));
    const others = user.role_ids.filter((id) => id !== roleId);
    const role_ids = member ? [...others, roleId] : others;
    return unwrap(await api.PATCH("/api/v1/users/{user_id}", { params: { path: { user_id: userId } }, body: { role_ids } }));
  }, USER_WRITE_KEYS);
}
