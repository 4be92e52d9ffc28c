import type { TenantSchemas } from "@/lib/api-client";

type S = TenantSchemas["schemas"];
export type Statistics = S["StatisticsOut"];
export type Period = 7 | 30 | 90;
export const PERIODS: Period[] = [7, 30, 90];
