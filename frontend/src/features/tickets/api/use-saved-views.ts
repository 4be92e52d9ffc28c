import { useMutation, useQueryClient, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { SavedQuery } from "../utils/list-params";
import type { TicketView } from "../types";
import { ticketsKey } from "./keys";

export const savedViewsKey = [...ticketsKey, "saved-views"] as const;

/** GET /ticket-views: my saved ticket lists (name, view, filters, sort). */
export function useSavedViews() {
  return useQuery({
    queryKey: savedViewsKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/ticket-views")),
  });
}

/** POST /ticket-views: save the list on screen under a name. */
export function useSaveView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; view: TicketView; query: SavedQuery }) =>
      unwrap(await api.POST("/api/v1/ticket-views", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: savedViewsKey }),
  });
}

/** PATCH /ticket-views/{id}: give a saved view another name. */
export function useRenameView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ viewId, name }: { viewId: number; name: string }) =>
      unwrap(await api.PATCH("/api/v1/ticket-views/{view_id}", { params: { path: { view_id: viewId } }, body: { name } })),
    onSuccess: () => client.invalidateQueries({ queryKey: savedViewsKey }),
  });
}

/** DELETE /ticket-views/{id}. */
export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (viewId: number) => {
      unwrap(await api.DELETE("/api/v1/ticket-views/{view_id}", { params: { path: { view_id: viewId } } }));
    },
    onSuccess: () => client.invalidateQueries({ queryKey: savedViewsKey }),
  });
}
