import { Spin } from "antd";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { usePlatformMe } from "../api/session";

/** Render children for a signed-in platform admin; send everyone else to /login?next=<here>. */
export function RequirePlatformAuth({ children }: { children: ReactNode }) {
  const me = usePlatformMe();
  const location = useLocation();
  if (me.isPending) return <Spin style={{ display: "block", margin: "20vh auto" }} />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <>{children}</>;
}
