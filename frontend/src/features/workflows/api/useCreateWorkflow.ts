import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { WorkflowCreate } from "../types";
import { workflowKeys } from "./keys";

export function useCreateWorkflow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: WorkflowCreate) => unwrap(await api.POST("/api/v1/workflows", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: workflowKeys.all }),
  });
}
