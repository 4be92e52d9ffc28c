import { api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { USER_WRITE_KEYS } from "./use-create-user";

/** DELETE /users/{id} deactivates: people stay on the tickets they touched. */
export function useDeactivateUser() {
  return useEntityMutation(
    async (id: number) => unwrap(await api.DELETE("/api/v1/users/{user_id}", { params: { path: { user_id: id } } })),
    USER_WRITE_KEYS,
  );
}
