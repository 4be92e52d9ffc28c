import { useMutation } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { ActionLinkDone } from "../types";

/** Use the link, once, with an optional comment. */
export function useUseLink(token: string) {
  return useMutation({
    mutationFn: async (comment: string): Promise<ActionLinkDone> =>
      unwrap(await api.POST("/api/v1/action-links/use", { body: { token, comment } })),
  });
}
