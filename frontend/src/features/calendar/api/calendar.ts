import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type TenantSchemas, unwrap } from "@/lib/api-client";

type Schemas = TenantSchemas["schemas"];

export type WorkingCalendar = Schemas["CalendarOut"];
export type Interval = Schemas["IntervalIn"];
export type Holiday = Schemas["HolidayOut"];
export type Workday = Schemas["WorkdayOut"];
export type HolidayImport = Schemas["HolidayImportIn"];
export type DueClock = "wall" | "working" | "working_days";
export type DueQuery = { from?: string; clock: DueClock; hours?: number; days?: number };

export const calendarKeys = {
  all: ["calendar"] as const,
  calendar: () => [...calendarKeys.all, "one"] as const,
  due: (query: DueQuery) => [...calendarKeys.all, "due", query] as const,
};

/** The tenant's working calendar (the defaults until an admin saves one). */
export function useCalendar() {
  return useQuery({ queryKey: calendarKeys.calendar(), queryFn: async () => unwrap(await api.GET("/api/v1/calendar")) });
}

/** After any change: the calendar and every preview computed from it are stale. */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: calendarKeys.all });
}

export function useSaveCalendar() {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: { time_zone: string; week: Interval[][] }) => unwrap(await api.PUT("/api/v1/calendar", { body })),
    onSuccess: (data) => {
      client.setQueryData(calendarKeys.calendar(), data);
      void refresh();
    },
  });
}

export function useAddHoliday() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: { date: string; name: string }) => unwrap(await api.POST("/api/v1/calendar/holidays", { body })),
    onSuccess: refresh,
  });
}

export function useRemoveHoliday() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (day: string) => unwrap(await api.DELETE("/api/v1/calendar/holidays/{day}", { params: { path: { day } } })),
    onSuccess: refresh,
  });
}

export function useImportHolidays() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: HolidayImport) => unwrap(await api.POST("/api/v1/calendar/holidays/import", { body })),
    onSuccess: refresh,
  });
}

export function useAddWorkday() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: { date: string; name: string; hours: Interval[] }) =>
      unwrap(await api.POST("/api/v1/calendar/workdays", { body })),
    onSuccess: refresh,
  });
}

export function useRemoveWorkday() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (day: string) => unwrap(await api.DELETE("/api/v1/calendar/workdays/{day}", { params: { path: { day } } })),
    onSuccess: refresh,
  });
}

/** When a duration from a moment falls due on the calendar (null query: nothing asked yet). */
export function useDuePreview(query: DueQuery | null) {
  return useQuery({
    queryKey: calendarKeys.due(query ?? { clock: "working" }),
    queryFn: async () => unwrap(await api.GET("/api/v1/calendar/due", { params: { query: query ?? { clock: "working" } } })),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
