import { api, unwrap } from "@/lib/api-client";
import type { BulkHandleInput } from "../types";
import { useTicketMutation } from "./use-ticket-mutation";

/** POST /tickets/bulk-handle: one transition (or approve / reject) on several tickets; the answer says
 *  per ticket whether it moved or why not. Every ticket query is refreshed afterwards. */
export function useBulkHandle() {
  return useTicketMutation(async (body: BulkHandleInput) => unwrap(await api.POST("/api/v1/tickets/bulk-handle", { body })));
}
