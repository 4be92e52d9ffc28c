import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type PlatformSchemas, platformApi, unwrap } from "@/lib/api-client";
import { platformKeys } from "./keys";

export type Tenant = PlatformSchemas["schemas"]["TenantOut"];
export type TenantCreate = PlatformSchemas["schemas"]["TenantCreateIn"];
export type TenantPatch = PlatformSchemas["schemas"]["TenantPatchIn"];

const path = (id: number) => ({ params: { path: { tenant_id: id } } });

export function useTenants() {
  return useQuery({
    queryKey: platformKeys.tenants(),
    queryFn: async () => unwrap(await platformApi.GET("/api/v1/platform/tenants")),
  });
}

export function useTenant(id: number) {
  return useQuery({
    queryKey: platformKeys.tenant(id),
    queryFn: async () => unwrap(await platformApi.GET("/api/v1/platform/tenants/{tenant_id}", path(id))),
  });
}

/** Create a tenant: clones the template schema (takes a few seconds), adds its domain and first admin. */
export function useCreateTenant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: TenantCreate) => unwrap(await platformApi.POST("/api/v1/platform/tenants", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: platformKeys.tenants() }),
  });
}

/** Rename a tenant or change its quotas (null lifts a quota). */
export function useUpdateTenant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: TenantPatch }) =>
      unwrap(await platformApi.PATCH("/api/v1/platform/tenants/{tenant_id}", { ...path(id), body })),
    onSuccess: () => client.invalidateQueries({ queryKey: platformKeys.tenants() }),
  });
}

/** Suspend a tenant: its hosts answer 403 until it is resumed. */
export function useSuspendTenant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await platformApi.POST("/api/v1/platform/tenants/{tenant_id}/suspend", path(id))),
    onSuccess: () => client.invalidateQueries({ queryKey: platformKeys.tenants() }),
  });
}

export function useResumeTenant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await platformApi.POST("/api/v1/platform/tenants/{tenant_id}/resume", path(id))),
    onSuccess: () => client.invalidateQueries({ queryKey: platformKeys.tenants() }),
  });
}

/** Delete a tenant with its schema and all its data. */
export function useDeleteTenant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await platformApi.DELETE("/api/v1/platform/tenants/{tenant_id}", path(id))),
    onSuccess: (_, id) => {
      // Gone from the list at once (the console shows it next), then refreshed.
      client.removeQueries({ queryKey: platformKeys.tenant(id), exact: true });
      client.setQueryData<Tenant[]>(platformKeys.tenants(), (tenants) => tenants?.filter((tenant) => tenant.id !== id));
      return client.invalidateQueries({ queryKey: platformKeys.tenants(), exact: true });
    },
  });
}
