import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "@/lib/api-client";
import { ticketsKey } from "./keys";

/** A ticket write: on success — and on 409/412, when what is on screen is stale — every ticket query
 *  (lists, counts, detail, actions, log) is refreshed. */
export function useTicketMutation<TVariables, TData>(mutationFn: (variables: TVariables) => Promise<TData>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: async (_data, error) => {
      if (!error || (error instanceof ApiError && (error.status === 409 || error.status === 412))) {
        await client.invalidateQueries({ queryKey: ticketsKey });
      }
    },
  });
}

/** The If-Match header for a ticket's row_version (the server answers 412 when it is stale). */
export const ifMatch = (rowVersion: number) => ({ "If-Match": `"${rowVersion}"` });
