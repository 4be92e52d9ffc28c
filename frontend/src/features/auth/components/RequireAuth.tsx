import type { ReactNode } from "react";
import { RequireSession } from "@/components/RequireSession";
import { useMe } from "../api/session";

/** Render children for a signed-in person (a tenant admin when `admin`); send everyone else to /login?next=<here>. */
export function RequireAuth({ children, admin = false }: { children: ReactNode; admin?: boolean }) {
  return (
    <RequireSession session={useMe()} allowed={admin ? (me) => me.is_tenant_admin : undefined}>
      {children}
    </RequireSession>
  );
}
