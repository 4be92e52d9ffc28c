import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { Dashboard } from "../types";

/** The tenant's statistics across workflows over whole days `from`..`to` (YYYY-MM-DD). */
export function useDashboard(from: string, to: string) {
  return useQuery({
    queryKey: ["statistics", "dashboard", from, to],
    queryFn: async (): Promise<Dashboard> => unwrap(await api.GET("/api/v1/statistics", { params: { query: { from, to } } })),
    // Changing the range keeps the old charts on screen until the new numbers arrive.
    placeholderData: keepPreviousData,
  });
}

/** Where one chart's CSV downloads from (same period; the session cookie authenticates it). */
export function csvUrl(chart: string, from: string, to: string): string {
  return `/api/v1/statistics/${chart}/csv?${new URLSearchParams({ from, to }).toString()}`;
}
