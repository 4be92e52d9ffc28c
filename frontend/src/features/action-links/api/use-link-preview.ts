import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { ActionLink } from "../types";

/** What the link would do (changes nothing). A refusal is not retried. */
export function useLinkPreview(token: string) {
  return useQuery({
    queryKey: ["action-link", token],
    queryFn: async (): Promise<ActionLink> => unwrap(await api.POST("/api/v1/action-links/preview", { body: { token } })),
    retry: false,
    staleTime: Infinity,
  });
}
