// Cursor pagination (the API answers `next_cursor`) shown through Ant Design's numbered pager: every
// page visited so far, and the next one, stays one click away because its cursor is remembered.
import type { TablePaginationConfig } from "antd";
import { useState } from "react";

type State = { key: string; cursors: (string | null)[]; page: number };

/** Pages of a cursor-paginated list; changing `key` (the filters) starts again at page 1. */
export function useCursorPages(key: string, pageSize: number) {
  const [stored, setState] = useState<State>({ key, cursors: [null], page: 1 });
  const state = stored.key === key ? stored : { key, cursors: [null], page: 1 };

  /** Table pagination for the page on screen, given its `next_cursor`. */
  const pagination = (nextCursor: string | null | undefined): TablePaginationConfig => {
    const known = Math.max(state.cursors.length, nextCursor ? state.page + 1 : state.page);
    return {
      current: state.page,
      pageSize,
      total: known * pageSize,
      showSizeChanger: false,
      onChange: (page) => {
        let cursors = state.cursors;
        // The next page's cursor is the one this page answered; a different one makes later ones stale.
        if (page === state.page + 1 && cursors[state.page] !== nextCursor) {
          cursors = [...cursors.slice(0, state.page), nextCursor ?? null];
        }
        setState({ key, cursors, page });
      },
    };
  };

  return { cursor: state.cursors[state.page - 1] ?? null, page: state.page, pagination };
}
