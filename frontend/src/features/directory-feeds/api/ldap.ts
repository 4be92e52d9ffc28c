import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { feedKeys } from "./keys";

export type LdapSource = TenantSchemas["schemas"]["LdapSourceOut"];
export type LdapSourceCreate = TenantSchemas["schemas"]["LdapSourceIn"];
export type LdapSourcePatch = TenantSchemas["schemas"]["LdapSourcePatchIn"];
export type LdapRun = TenantSchemas["schemas"]["LdapRunOut"];

/** A run still queued or running: the page asks again until it ends. */
export const isPending = (run: LdapRun | null | undefined) => run?.status === "queued" || run?.status === "running";

export function useLdapSources() {
  return useQuery({
    queryKey: feedKeys.sources(),
    queryFn: async () => unwrap(await api.GET("/api/v1/directory-feeds/ldap")),
    refetchInterval: (query) => (query.state.data?.some((source) => isPending(source.last_run)) ? 2000 : false),
  });
}

export function useCreateLdapSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: LdapSourceCreate) => unwrap(await api.POST("/api/v1/directory-feeds/ldap", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: feedKeys.sources() }),
  });
}

export function useUpdateLdapSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: LdapSourcePatch }) =>
      unwrap(await api.PATCH("/api/v1/directory-feeds/ldap/{source_id}", { params: { path: { source_id: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: feedKeys.sources() }),
  });
}

export function useDeleteLdapSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/directory-feeds/ldap/{source_id}", { params: { path: { source_id: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: feedKeys.all }),
  });
}

/** Sync now: the answer (202) is the queued run; a worker does it. */
export function useSyncLdapSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.POST("/api/v1/directory-feeds/ldap/{source_id}/sync", { params: { path: { source_id: id } } })),
    onSuccess: (run) => {
      void client.invalidateQueries({ queryKey: feedKeys.sources() });
      void client.invalidateQueries({ queryKey: feedKeys.runs(run.source_id) });
    },
  });
}

export function useLdapRuns(sourceId: number | null) {
  return useQuery({
    queryKey: feedKeys.runs(sourceId ?? 0),
    enabled: sourceId !== null,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/directory-feeds/ldap/{source_id}/runs", { params: { path: { source_id: sourceId ?? 0 } } })),
    refetchInterval: (query) => (query.state.data?.some(isPending) ? 2000 : false),
  });
}
