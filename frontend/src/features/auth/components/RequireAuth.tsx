import { Spin } from "antd";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useMe } from "../api/session";

/** Render children for a signed-in person; send everyone else to /login?next=<here>. */
export function RequireAuth({ children, admin = false }: { children: ReactNode; admin?: boolean }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Spin style={{ display: "block", margin: "20vh auto" }} />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (admin && !me.data.is_tenant_admin) return <Navigate to="/" replace />;
  return <>{children}</>;
}
