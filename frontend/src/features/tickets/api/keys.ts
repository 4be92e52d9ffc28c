// Query-key roots. Everything under ["tickets"] is refreshed after every ticket action (lists,
// counts, detail, log); lookups (workflows, people, departments) live under their own root.
export const ticketsKey = ["tickets"] as const;
export const lookupsKey = ["tickets-lookups"] as const;
