// The tickets feature's public surface: its routes (the app shell mounts them).
export { routes } from "./routes";
export { ticketCountsQuery, useTicketCounts } from "./api/use-ticket-counts";
