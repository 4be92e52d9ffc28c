import type { MyStep, QuickTransition, TicketSummary } from "../types";

export type QuickAttribute = "agree" | "reject";

/** What a quick action needs of a ticket: a list row and the ticket page's ticket both have it. */
export type QuickTicket = Pick<TicketSummary, "id" | "serial" | "row_version" | "my_steps">;

/** The one step of mine a list row may act on: I handle the ticket at a single place (a ticket I act
 *  on at several branches is opened instead). */
export function quickStep(ticket: QuickTicket): MyStep | undefined {
  const steps = ticket.my_steps ?? [];
  return steps.length === 1 && steps[0].role === "handler" ? steps[0] : undefined;
}

/** The row's one transition that approves (or rejects) and needs no field, if there is exactly one. */
export function quickTransition(ticket: QuickTicket, attribute: QuickAttribute): QuickTransition | undefined {
  const matching = (quickStep(ticket)?.quick ?? []).filter((quick) => quick.attribute === attribute);
  return matching.length === 1 ? matching[0] : undefined;
}

/** Whether the row can be approved or rejected from the list (and so be selected for a bulk action). */
export const canQuick = (ticket: QuickTicket) => Boolean(quickTransition(ticket, "agree") || quickTransition(ticket, "reject"));

/** Whose turn I hold on the ticket, when a delegation gave it to me. */
export function onBehalfOf(ticket: TicketSummary): string | undefined {
  const person = (ticket.my_steps ?? []).find((step) => step.on_behalf_of)?.on_behalf_of;
  return person ? person.display_name || person.username : undefined;
}
