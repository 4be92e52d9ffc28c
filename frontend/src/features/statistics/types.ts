import type { TenantSchemas } from "@/lib/api-client";

type S = TenantSchemas["schemas"];
export type Statistics = S["StatisticsOut"];
export type Period = 7 | 30 | 90;
export const PERIODS: Period[] = [7, 30, 90];
export type Dashboard = S["DashboardOut"];
/** The longest period the dashboard asks for (the API refuses more). */
export const MAX_RANGE_DAYS = 366;
