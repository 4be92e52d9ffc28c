import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { integrationKeys } from "./keys";

export type ScriptSummary = TenantSchemas["schemas"]["ScriptSummaryOut"];
export type Script = TenantSchemas["schemas"]["ScriptOut"];
export type ScriptCreate = TenantSchemas["schemas"]["ScriptIn"];
export type ScriptPatch = TenantSchemas["schemas"]["ScriptPatchIn"];
export type ScriptRun = TenantSchemas["schemas"]["ScriptRunOut"];

/** The scripts, without their source. */
export function useScripts() {
  return useQuery({
    queryKey: integrationKeys.scripts(),
    queryFn: async () => unwrap(await api.GET("/api/v1/scripts")),
  });
}

export function useScript(id: number | undefined) {
  return useQuery({
    queryKey: integrationKeys.script(id ?? 0),
    queryFn: async () => unwrap(await api.GET("/api/v1/scripts/{script_id}", { params: { path: { script_id: id ?? 0 } } })),
    enabled: id !== undefined,
  });
}

/** Add a script (its syntax is checked; a 422 names the line of a syntax error). */
export function useCreateScript() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ScriptCreate) => unwrap(await api.POST("/api/v1/scripts", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.scripts() }),
  });
}

export function useUpdateScript() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: ScriptPatch }) =>
      unwrap(await api.PATCH("/api/v1/scripts/{script_id}", { params: { path: { script_id: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.scripts() }),
  });
}

export function useDeleteScript() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/scripts/{script_id}", { params: { path: { script_id: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.scripts() }),
  });
}

/** A page of a script's runs, newest first. */
export function useScriptRuns(id: number, cursor: string | null, limit: number) {
  return useQuery({
    queryKey: integrationKeys.scriptRuns(id, cursor),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/scripts/{script_id}/runs", { params: { path: { script_id: id }, query: { cursor, limit } } }),
      ),
    placeholderData: keepPreviousData,
  });
}
