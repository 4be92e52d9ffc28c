import { DownloadOutlined, FilterOutlined, PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { App, Badge, Button, Card, Dropdown, Empty, Skeleton } from "antd";
import { Suspense, lazy, useDeferredValue, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useListCursor, useShortcuts } from "@/lib/shortcuts";
import { useTickets } from "../api/use-tickets";
import { BulkBar } from "../components/list/BulkBar";
import { CursorPager } from "../components/list/CursorPager";
import { SavedViews } from "../components/list/SavedViews";
import { TicketTable } from "../components/list/TicketTable";
import { EXPORT_FORMATS, exportUrl, hasFilters, toApiQuery } from "../utils/list-params";
import { useListFilters } from "../utils/use-list-filters";
import { useQuickHandle } from "../utils/use-quick-handle";
import { useScreens } from "@/lib/use-screens";
import { useRevealConsole } from "@/lib/use-reveal-console";

// The filters bring date pickers and people/workflow selects: a phone, where they fold behind a
// button, fetches them when the button is pressed; a larger screen with the page (see routes/index.tsx).
const loadFilters = () => import("../components/list/TicketFilters");
const TicketFilters = lazy(() => loadFilters().then((module) => ({ default: module.TicketFilters })));

/** /tickets?view=…: one of my lists, filtered by what the URL says. */
export function TicketListPage() {
  const { t } = useTranslation("tickets");
  const navigate = useNavigate();
  const { filters, update, replace } = useListFilters();
  const query = useMemo(() => toApiQuery(filters), [filters]);
  const tickets = useTickets(query);
  // The cursors of the pages before this one, for "previous" (kept per filter set: new filters, new trail).
  const trailKey = JSON.stringify({ ...filters, cursor: undefined });
  const [trail, setTrail] = useState<{ key: string; cursors: string[] }>({ key: trailKey, cursors: [] });
  const cursors = trail.key === trailKey ? trail.cursors : [];

  // A page of rows arrives in a timer task (the query cache's notification), and React renders a store's
  // update at once, in one piece: on a phone that was the page's longest task. The rows render from a
  // deferred copy instead, as a transition React splits into slices the browser can interleave.
  const shown = useDeferredValue(tickets.data ?? null, null);
  const catchingUp = shown !== (tickets.data ?? null);
  const items = useMemo(() => shown?.items ?? [], [shown]);
  // The server may have drawn this page already (a first view): show this one in its place once drawn.
  useRevealConsole(shown !== null || Boolean(tickets.error));
  // To-do rows picked for a bulk approve / reject (only those still on the page count).
  const [picked, setPicked] = useState<number[]>([]);
  const selected = items.filter((ticket) => picked.includes(ticket.id));
  const todo = filters.view === "todo";
  const seenStates = useMemo(() => {
    const seen = new Map<string, string>();
    for (const ticket of items) {
      if (!filters.workflow || ticket.workflow.id === filters.workflow) seen.set(ticket.state.key, ticket.state.name);
    }
    return [...seen].map(([key, name]) => ({ key, name }));
  }, [items, filters.workflow]);

  // Keyboard: j / k select a row, Enter opens it, a approves it (asking first), / goes to the search.
  const { message } = App.useApp();
  const quickHandle = useQuickHandle();
  const cursor = useListCursor({ items, onOpen: (ticket) => navigate(`/tickets/${ticket.id}`) });
  // On a phone the filters fold behind a button; "/" unfolds them to reach the search box.
  const compact = useScreens().md === false;
  const [filtersShown, setFiltersShown] = useState(false);
  const filtersBox = useRef<HTMLDivElement>(null);
  useShortcuts({
    "/": () => {
      setFiltersShown(true);
      // On a phone the filters may still be on their way: try for a second, frame by frame.
      const focus = (frames: number) => {
        const input = filtersBox.current?.querySelector("input");
        if (input) input.focus();
        else if (frames > 0) requestAnimationFrame(() => focus(frames - 1));
      };
      void loadFilters().then(() => focus(60));
    },
    a: () => {
      const ticket = cursor.selected;
      if (ticket && !quickHandle.confirm(ticket, "agree")) message.info(t("list.noQuickApprove", { serial: ticket.serial }));
    },
  });

  const filtered = hasFilters(filters);
  const empty = (
    <Empty description={filtered ? t("list.noMatches") : t(`list.empty.${filters.view}`)} data-testid="tickets-empty">
      <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/tickets/new")}>
        {t("list.newTicket")}
      </Button>
    </Empty>
  );

  return (
    <Page
      title={t(`views.${filters.view}`)}
      extra={
        <>
          <SavedViews filters={filters} onApply={replace} />
          <Dropdown
            trigger={["click"]}
            menu={{
              items: EXPORT_FORMATS.map((format) => ({
                key: format,
                label: (
                  <a href={exportUrl(filters, format)} download data-testid={`export-${format}`}>
                    {t(format === "csv" ? "list.exportCsv" : "list.exportXlsx")}
                  </a>
                ),
              })),
            }}
          >
            <Button icon={<DownloadOutlined />} data-testid="export">
              {t("list.export")}
            </Button>
          </Dropdown>
          <Button icon={<ReloadOutlined />} onClick={() => void tickets.refetch()} loading={tickets.isFetching && !tickets.isLoading}>
            {t("actions.refresh", { ns: "common" })}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/tickets/new")} data-testid="new-ticket">
            {t("list.newTicket")}
          </Button>
        </>
      }
    >
      <Card>
        {compact ? (
          <Badge dot={filtered} offset={[-4, 4]}>
            <Button
              icon={<FilterOutlined />}
              aria-expanded={filtersShown}
              aria-controls="ticket-filters"
              onClick={() => setFiltersShown(!filtersShown)}
              style={{ marginBottom: 12 }}
              data-testid="filters-toggle"
            >
              {t("list.filtersButton")}
            </Button>
          </Badge>
        ) : null}
        <div id="ticket-filters" ref={filtersBox}>
          {compact ? (
            filtersShown ? (
              <Suspense fallback={<Skeleton.Input active block />}>
                <TicketFilters filters={filters} onChange={(patch) => update(patch)} seenStates={seenStates} />
              </Suspense>
            ) : null
          ) : (
            // No boundary of its own: the page waits for them (no filters popping in above the rows).
            <TicketFilters filters={filters} onChange={(patch) => update(patch)} seenStates={seenStates} />
          )}
        </div>
        <ErrorAlert error={tickets.error} />
        {todo ? <BulkBar selected={selected} onClear={() => setPicked([])} /> : null}
        <TicketTable
          tickets={items}
          loading={tickets.isFetching || catchingUp}
          empty={catchingUp ? <span /> : empty}
          quick={todo ? { selected: selected.map((ticket) => ticket.id), onSelect: setPicked } : undefined}
          sort={filters.sort}
          onSort={(sort) => update({ sort })}
          cursorId={cursor.selected?.id}
        />
        {/* Not under rows still on their way: they would push it down (a layout shift). */}
        {catchingUp && !items.length ? null : (
        <CursorPager
          disabled={tickets.isFetching}
          hasPrevious={Boolean(filters.cursor)}
          hasNext={Boolean(tickets.data?.next_cursor)}
          onPrevious={() => {
            const previous = cursors.slice(0, -1);
            setTrail({ key: trailKey, cursors: previous });
            update({ cursor: cursors.at(-1) || undefined });
          }}
          onNext={() => {
            setTrail({ key: trailKey, cursors: [...cursors, filters.cursor ?? ""] });
            update({ cursor: tickets.data?.next_cursor ?? undefined });
          }}
          pageSize={filters.limit}
          onPageSize={(limit) => update({ limit })}
        />
        )}
      </Card>
    </Page>
  );
}
