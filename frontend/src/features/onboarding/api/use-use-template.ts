import { queryKeys } from "@/entities/query-keys";
import { useEntityMutation } from "@/entities/use-entity-mutation";
import { api, unwrap } from "@/lib/api-client";
import { onboardingKeys } from "./keys";

/** "Use this template": a new workflow whose draft is the template's document. */
export function useUseTemplate() {
  return useEntityMutation(
    async (key: string) =>
      unwrap(await api.POST("/api/v1/workflow-templates/{template_key}/use", { params: { path: { template_key: key } }, body: {} })),
    [queryKeys.workflows.all, onboardingKeys.checklist],
  );
}
