import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { useEntityMutation } from "../../use-entity-mutation";
import { queryKeys } from "../../query-keys";

export type ScriptCreate = TenantSchemas["schemas"]["ScriptIn"];

/** POST /scripts (its syntax is checked; a 422 names the line of a syntax error). */
export function useCreateScript() {
  return useEntityMutation(async (body: ScriptCreate) => unwrap(await api.POST("/api/v1/scripts", { body })), [queryKeys.scripts.all]);
}
