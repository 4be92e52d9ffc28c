import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";

/**
 * A write to an entity: once it succeeded, every query under each of `keys` (prefixes from
 * `queryKeys`) is invalidated, wherever in the SPA it is read. Resolves after the refetches, so a
 * caller that closes a form on success shows fresh data.
 */
export function useEntityMutation<TData, TVariables = void>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  keys: readonly QueryKey[],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}
