// The query-key root of tickets: everything under ["tickets"] is refreshed after every ticket action
// (lists, counts, detail, log). What tickets look up (workflows, people, departments) is keyed in
// src/entities/query-keys.ts.
export const ticketsKey = ["tickets"] as const;
