import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";
import { integrationKeys } from "./keys";

export type AppRecord = TenantSchemas["schemas"]["AppOut"];
export type AppCreate = TenantSchemas["schemas"]["AppCreateIn"];
export type AppPatch = TenantSchemas["schemas"]["AppPatchIn"];

export function useApps() {
  return useQuery({
    queryKey: integrationKeys.apps(),
    queryFn: async () => unwrap(await api.GET("/api/v1/apps")),
  });
}

export function useCreateApp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: AppCreate) => unwrap(await api.POST("/api/v1/apps", { body })),
    onSuccess: (created) => {
      // In the list at once: the drawer carries on with the new app before the refetch lands.
      client.setQueryData<AppRecord[]>(integrationKeys.apps(), (apps) => (apps ? [...apps, created] : apps));
      return client.invalidateQueries({ queryKey: integrationKeys.apps() });
    },
  });
}

export function useUpdateApp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: AppPatch }) =>
      unwrap(await api.PATCH("/api/v1/apps/{app_id}", { params: { path: { app_id: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.apps() }),
  });
}

export function useDeleteApp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await api.DELETE("/api/v1/apps/{app_id}", { params: { path: { app_id: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.apps() }),
  });
}

/** Create or replace the app's request-signing secret; the answer is the only time it is shown. */
export function useRotateSigningSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.POST("/api/v1/apps/{app_id}/signing-secret", { params: { path: { app_id: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.apps() }),
  });
}
