import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/entities/query-keys";
import { api, unwrap } from "@/lib/api-client";
import type { Statistics } from "../types";

/** A workflow's statistics over the last `days` days. */
export function useStatistics(id: number | undefined, days: number) {
  return useQuery({
    queryKey: queryKeys.workflows.statistics(id ?? 0, days),
    queryFn: async (): Promise<Statistics> =>
      unwrap(
        await api.GET("/api/v1/workflows/{workflow_id}/statistics", {
          params: { path: { workflow_id: id ?? 0 }, query: { days } },
        }),
      ),
    enabled: id !== undefined,
    // Switching the period keeps the old charts on screen until the new numbers arrive.
    placeholderData: keepPreviousData,
  });
}
