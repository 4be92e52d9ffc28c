import { useEntityMutation } from "@/entities/use-entity-mutation";
import { api, unwrap } from "@/lib/api-client";
import { onboardingKeys } from "./keys";

/** Put the checklist away for the whole tenant (or bring it back). */
export function useDismissChecklist() {
  return useEntityMutation(
    async (dismissed: boolean) => unwrap(await api.PUT("/api/v1/getting-started", { body: { dismissed } })),
    [onboardingKeys.checklist],
  );
}
