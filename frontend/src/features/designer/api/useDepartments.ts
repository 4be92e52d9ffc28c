import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { designerKeys } from "./keys";

export function useDepartments() {
  return useQuery({
    queryKey: designerKeys.departments,
    queryFn: async () => unwrap(await api.GET("/api/v1/departments")),
    staleTime: 60_000,
  });
}
