import { Spin } from "antd";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { ErrorAlert } from "./ErrorAlert";

type Session<T> = { isPending: boolean; isError: boolean; error: unknown; data: T | null | undefined };

/**
 * Render children for a signed-in person (`session`: the console's "me" query, null when signed
 * out); send everyone else to /login?next=<here>, and a signed-in person `allowed` refuses to /.
 */
export function RequireSession<T>({ session, allowed, children }: { session: Session<T>; allowed?: (me: T) => boolean; children: ReactNode }) {
  const location = useLocation();
  if (session.isPending) return <Spin style={{ display: "block", margin: "20vh auto" }} />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (allowed && !allowed(session.data)) return <Navigate to="/" replace />;
  return <>{children}</>;
}
