import { api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

/** DELETE /scripts/{id}. */
export function useDeleteScript() {
  return useEntityMutation(
    async (id: number) => unwrap(await api.DELETE("/api/v1/scripts/{script_id}", { params: { path: { script_id: id } } })),
    [queryKeys.scripts.all],
  );
}
