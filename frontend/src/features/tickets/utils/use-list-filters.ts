import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { type ListFilters, parseListParams, toSearchParams } from "./list-params";

/** The list's filters, read from and written to the URL. Changing a filter starts again at the first page. */
export function useListFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseListParams(params), [params]);
  const update = useCallback(
    (patch: Partial<ListFilters>, { keepCursor = false }: { keepCursor?: boolean } = {}) => {
      setParams((current) => {
        const next = { ...parseListParams(current), ...patch };
        if (!keepCursor && !("cursor" in patch)) delete next.cursor;
        return toSearchParams(next);
      });
    },
    [setParams],
  );
  /** Show other filters altogether (a saved view): the URL says only what they say. */
  const replace = useCallback((next: ListFilters) => setParams(toSearchParams(next)), [setParams]);
  return { filters, update, replace };
}
