import { useMutation, useQueryClient } from "@tanstack/react-query";
import { platformApi, unwrap } from "@/lib/api-client";
import { platformKeys } from "./keys";

/** Add a host name to a tenant (optionally as its primary one). */
export function useAddDomain() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ tenantId, domain, isPrimary }: { tenantId: number; domain: string; isPrimary: boolean }) =>
      unwrap(
        await platformApi.POST("/api/v1/platform/tenants/{tenant_id}/domains", {
          params: { path: { tenant_id: tenantId } },
          body: { domain, is_primary: isPrimary },
        }),
      ),
    // The tenant (and the list) carry its domains.
    onSuccess: () => client.invalidateQueries({ queryKey: platformKeys.tenants() }),
  });
}

/** Remove a host name; the server refuses to remove a tenant's last one. */
export function useRemoveDomain() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ tenantId, domainId }: { tenantId: number; domainId: number }) =>
      unwrap(
        await platformApi.DELETE("/api/v1/platform/tenants/{tenant_id}/domains/{domain_id}", {
          params: { path: { tenant_id: tenantId, domain_id: domainId } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: platformKeys.tenants() }),
  });
}
