import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

export type ScriptPatch = TenantSchemas["schemas"]["ScriptPatchIn"];

/** PATCH /scripts/{id}. */
export function useUpdateScript() {
  return useEntityMutation(
    async ({ id, body }: { id: number; body: ScriptPatch }) =>
      unwrap(await api.PATCH("/api/v1/scripts/{script_id}", { params: { path: { script_id: id } }, body })),
    [queryKeys.scripts.all],
  );
}
