// Parallel branches in words. A branch's key is "<split>:<transition>" (the split state and the
// transition out of it the branch started along), nested branches joined by "/"; "" is the ticket's
// own path.
import type { TicketAction, TicketDetail } from "../types";

type Graph = {
  states: { key: string; name: string }[];
  transitions: { key: string; source: string; target: string; name?: string | null }[];
};

/** A key made readable: "to_it" → "To it". */
export function readable(key: string): string {
  const words = key.replace(/[_-]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

/** Where a branch started: the name of the first state of its innermost part (the target of the
 *  transition it left its split by), else that transition's name, else its key made readable. */
export function branchLabel(key: string, graph?: Graph): string {
  const innermost = key.split("/").at(-1) ?? key;
  const colon = innermost.indexOf(":");
  const split = colon >= 0 ? innermost.slice(0, colon) : "";
  const edge = colon >= 0 ? innermost.slice(colon + 1) : innermost;
  const transition = graph?.transitions.find((item) => item.key === edge && item.source === split);
  const target = transition && graph?.states.find((state) => state.key === transition.target);
  return target?.name || transition?.name || readable(edge);
}

/** The branch an action is on ("" for the ticket's own path). */
export const actionBranch = (action: TicketAction) => action.branch ?? "";

/** Actions grouped by branch, in the order the server offered them. */
export function byBranch(actions: TicketAction[]): Map<string, TicketAction[]> {
  const groups = new Map<string, TicketAction[]>();
  for (const action of actions) groups.set(actionBranch(action), [...(groups.get(actionBranch(action)) ?? []), action]);
  return groups;
}

/** What to call a branch the caller acts on: the name of the state it is in now (from the ticket's
 *  open branches), else where it started. */
export function branchStateName(ticket: TicketDetail, key: string, graph?: Graph): string {
  return ticket.branches?.find((branch) => branch.key === key)?.state.name ?? branchLabel(key, graph);
}
