import type { ReactNode } from "react";
import { RequireSession } from "@/components/RequireSession";
import { usePlatformMe } from "../api/session";

/** Render children for a signed-in platform admin; send everyone else to /login?next=<here>. */
export function RequirePlatformAuth({ children }: { children: ReactNode }) {
  return <RequireSession session={usePlatformMe()}>{children}</RequireSession>;
}
