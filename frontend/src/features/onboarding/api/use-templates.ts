import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { WorkflowTemplate } from "../types";
import { onboardingKeys } from "./keys";

/** The template gallery: the sample workflows to start from. */
export function useTemplates() {
  return useQuery({
    queryKey: onboardingKeys.templates,
    queryFn: async (): Promise<WorkflowTemplate[]> => unwrap(await api.GET("/api/v1/workflow-templates")),
    staleTime: Infinity,
  });
}
