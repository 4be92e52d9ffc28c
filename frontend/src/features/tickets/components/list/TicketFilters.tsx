import { Button, DatePicker, Flex, Input, Select } from "antd";
import dayjs from "dayjs";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { UserSelect } from "@/entities/users";
import { useWorkflowVersion, useWorkflows } from "@/entities/workflows";
import { TICKET_STATUSES } from "../../types";
import { type ListFilters, hasFilters } from "../../utils/list-params";

type Props = {
  filters: ListFilters;
  onChange: (patch: Partial<ListFilters>) => void;
  /** States seen in the loaded tickets (a state filter option source for everyone). */
  seenStates: { key: string; name: string }[];
};

/** What every filter has: a test id after its name, and its label as placeholder (it has no other). */
const filterProps = (name: string, label: string) => ({ "data-testid": `filter-${name}`, "aria-label": label, placeholder: label, allowClear: true });

/**
 * The one search box: every word of it in a ticket's serial, title or text fields (a serial typed in
 * full finds its ticket). Applied on Enter (or the search button); set anew when something else
 * changes the URL's search (a saved view, Back), never by the list catching up with what was typed
 * here (the page re-renders after the URL changes: text typed meanwhile must stay).
 * Its test id is stable: the `/` shortcut focuses it.
 */
function SearchBox({ value, label, onChange }: { value: string | undefined; label: string; onChange: Props["onChange"] }) {
  const [text, setText] = useState(value ?? "");
  const submitted = useRef(value);
  useEffect(() => {
    if (value !== submitted.current) setText(value ?? "");
    submitted.current = value;
  }, [value]);
  return (
    <Input.Search
      data-testid="ticket-search"
      aria-label={label}
      placeholder={label}
      allowClear
      value={text}
      onChange={(event) => setText(event.target.value)}
      maxLength={200}
      onSearch={(typed) => {
        const q = typed.trim() || undefined;
        submitted.current = q;
        onChange({ q });
      }}
      style={{ width: 280 }}
    />
  );
}

/** The compact filter bar above a ticket list. */
export function TicketFilters({ filters, onChange, seenStates }: Props) {
  const { t } = useTranslation("tickets");
  const workflows = useWorkflows();
  const workflow = workflows.data?.find((item) => item.id === filters.workflow);
  // A workflow's managers may read its version, so they get every state; others pick from what they see.
  const version = useWorkflowVersion(workflow?.id, workflow?.current_version, Boolean(workflow?.can_manage));
  const stateOptions = new Map<string, string>();
  for (const state of version.data ? (version.data.document.states ?? []) : seenStates) stateOptions.set(state.key, state.name);
  if (filters.state && !stateOptions.has(filters.state)) stateOptions.set(filters.state, filters.state);

  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }} role="search" aria-label={t("list.filters")}>
      <SearchBox label={t("list.search")} value={filters.q} onChange={onChange} />
      <Select
        {...filterProps("workflow", t("list.workflow"))}
        showSearch
        optionFilterProp="label"
        loading={workflows.isLoading}
        value={filters.workflow}
        onChange={(value?: number) => onChange({ workflow: value, state: undefined })}
        options={(workflows.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
        style={{ width: 180 }}
      />
      <Select
        {...filterProps("state", t("list.state"))}
        showSearch
        optionFilterProp="label"
        value={filters.state}
        onChange={(value?: string) => onChange({ state: value })}
        options={[...stateOptions].map(([value, label]) => ({ value, label }))}
        notFoundContent={t("list.noStates")}
        style={{ width: 150 }}
      />
      <Select
        {...filterProps("status", t("list.status"))}
        value={filters.status}
        onChange={(value?: string) => onChange({ status: value })}
        options={TICKET_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
        style={{ width: 130 }}
      />
      <UserSelect
        {...filterProps("creator", t("list.creator"))}
        value={filters.creator ?? null}
        onChange={(value) => onChange({ creator: value ?? undefined })}
        style={{ width: 170 }}
      />
      <UserSelect
        {...filterProps("handler", t("list.waitingFor"))}
        value={filters.handler ?? null}
        onChange={(value) => onChange({ handler: value ?? undefined })}
        style={{ width: 170 }}
      />
      <DatePicker.RangePicker
        data-testid="filter-created"
        aria-label={t("list.created")}
        placeholder={[t("list.createdFrom"), t("list.createdTo")]}
        allowEmpty={[true, true]}
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        onChange={(range) =>
          onChange({ from: range?.[0]?.format("YYYY-MM-DD") ?? undefined, to: range?.[1]?.format("YYYY-MM-DD") ?? undefined })
        }
        style={{ width: 240 }}
      />
      {hasFilters(filters) ? (
        <Button
          data-testid="filter-reset"
          onClick={() =>
            onChange({
              workflow: undefined,
              state: undefined,
              status: undefined,
              q: undefined,
              creator: undefined,
              handler: undefined,
              from: undefined,
              to: undefined,
            })
          }
        >
          {t("list.clearFilters")}
        </Button>
      ) : null}
    </Flex>
  );
}
