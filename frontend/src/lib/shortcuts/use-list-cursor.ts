import { useEffect, useState } from "react";
import { useShortcuts } from "./use-shortcuts";

type Options<T> = {
  items: T[];
  /** Enter on the selected item. */
  onOpen?: (item: T) => void;
  /** Where the list's rows are, to scroll the selected one into view: its element carries data-cursor="yes". */
  container?: () => HTMLElement | null;
  enabled?: boolean;
};

/** A visible selection in a list that j / k move (down / up) and Enter opens. Nothing is selected
 *  until the first j or k; when the list shrinks the selection stays on its last row. */
export function useListCursor<T>({ items, onOpen, container, enabled = true }: Options<T>) {
  const [index, setIndex] = useState(-1);
  const current = index < 0 || items.length === 0 ? -1 : Math.min(index, items.length - 1);
  const move = (step: number) => {
    if (items.length === 0) return;
    setIndex(current < 0 ? 0 : Math.max(0, Math.min(items.length - 1, current + step)));
  };
  useShortcuts(
    {
      j: () => move(1),
      k: () => move(-1),
      Enter: () => {
        if (current >= 0) onOpen?.(items[current]!);
      },
    },
    enabled,
  );
  useEffect(() => {
    if (current < 0) return;
    const row = (container?.() ?? document).querySelector<HTMLElement>("[data-cursor='yes']");
    row?.scrollIntoView?.({ block: "nearest" });
  }, [current, container]);
  return { index: current, selected: current >= 0 ? items[current] : undefined, setIndex };
}
