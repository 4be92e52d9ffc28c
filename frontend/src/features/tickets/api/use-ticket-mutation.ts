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

/** Which of a ticket's parallel branches an action is on (`branch` of the action the server offered):
 *  sent only when there is one, as a caller on several branches must say which (else 409
 *  `branch_required`). */
export type OnBranch = { branch?: string | null };

/** `{ branch }` when the action is on a branch, else nothing (the ticket's own path). */
export const onBranch = (branch?: string | null) => (branch ? { branch } : {});

/** The If-Match header for a ticket's row_version (the server answers 412 when it is stale). */
export const ifMatch = (rowVersion: number) => ({ "If-Match": `"${rowVersion}"` });
