import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type TenantSchemas, unwrap } from "@/lib/api-client";

type Schemas = TenantSchemas["schemas"];

export type Delegation = Schemas["DelegationOut"];
export type DelegationInput = Schemas["DelegationIn"];
/** mine: those I gave or received; all: everyone's (tenant admins). */
export type DelegationScope = "mine" | "all";
export type DelegationQuery = { scope: DelegationScope; include_past?: boolean; delegator?: string; delegate?: string; cursor?: string; limit?: number };

export const delegationKeys = {
  all: ["delegations"] as const,
  list: (query: DelegationQuery) => [...delegationKeys.all, "list", query] as const,
};

/** GET /delegations: a page of delegations, newest first. */
export function useDelegations(query: DelegationQuery) {
  return useQuery({
    queryKey: delegationKeys.list(query),
    queryFn: async () => unwrap(await api.GET("/api/v1/delegations", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** After a change: every delegation list, and the tickets (turns may have moved to the delegate). */
function useRefresh() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: delegationKeys.all });
    await client.invalidateQueries({ queryKey: ["tickets"] });
  };
}

export function useCreateDelegation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: DelegationInput) => unwrap(await api.POST("/api/v1/delegations", { body })),
    onSuccess: refresh,
  });
}

export function useCancelDelegation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.DELETE("/api/v1/delegations/{delegation_id}", { params: { path: { delegation_id: id } } })),
    onSuccess: refresh,
  });
}
