import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { Checklist } from "../types";
import { onboardingKeys } from "./keys";

/** The tenant's getting-started checklist (tenant admins; pass `enabled` false for anyone else). */
export function useChecklist(enabled = true) {
  return useQuery({
    queryKey: onboardingKeys.checklist,
    queryFn: async (): Promise<Checklist> => unwrap(await api.GET("/api/v1/getting-started")),
    enabled,
  });
}
