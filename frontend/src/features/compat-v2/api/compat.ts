import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type TenantSchemas, api, unwrap } from "@/lib/api-client";

export type CompatApp = TenantSchemas["schemas"]["CompatAppOut"];
export type CompatAppCreate = TenantSchemas["schemas"]["CompatAppCreateIn"];
export type CompatAppPatch = TenantSchemas["schemas"]["CompatAppPatchIn"];

export const compatKeys = {
  all: ["compat-v2"] as const,
  settings: () => [...compatKeys.all, "settings"] as const,
  apps: () => [...compatKeys.all, "apps"] as const,
};

/** GET /compat-v2/settings: whether /api/v1.0/... answers for this tenant. */
export function useCompatSettings() {
  return useQuery({
    queryKey: compatKeys.settings(),
    queryFn: async () => unwrap(await api.GET("/api/v1/compat-v2/settings")),
  });
}

/** PUT /compat-v2/settings: switch the 2.x API on or off. */
export function useSetCompatEnabled() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (enabled: boolean) => unwrap(await api.PUT("/api/v1/compat-v2/settings", { body: { enabled } })),
    onSuccess: (data) => client.setQueryData(compatKeys.settings(), data),
  });
}

/** GET /compat-v2/apps: the 2.x apps (never their tokens). */
export function useCompatApps() {
  return useQuery({
    queryKey: compatKeys.apps(),
    queryFn: async () => unwrap(await api.GET("/api/v1/compat-v2/apps")),
  });
}

/** POST /compat-v2/apps: register an app; the answer carries its token, shown once. */
export function useCreateCompatApp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CompatAppCreate) => unwrap(await api.POST("/api/v1/compat-v2/apps", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: compatKeys.apps() }),
  });
}

/** PATCH /compat-v2/apps/{id}: its workflows, acting-user grant, description or status. */
export function useUpdateCompatApp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: CompatAppPatch }) =>
      unwrap(await api.PATCH("/api/v1/compat-v2/apps/{app_id}", { params: { path: { app_id: id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: compatKeys.apps() }),
  });
}

/** DELETE /compat-v2/apps/{id}. */
export function useDeleteCompatApp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/compat-v2/apps/{app_id}", { params: { path: { app_id: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: compatKeys.apps() }),
  });
}

/** POST /compat-v2/apps/{id}/token: a new token (shown once); the old one stops working. */
export function useRotateCompatToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.POST("/api/v1/compat-v2/apps/{app_id}/token", { params: { path: { app_id: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: compatKeys.apps() }),
  });
}
