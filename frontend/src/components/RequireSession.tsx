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
  // Padding, not margin: a margin at the top of the page collapses through <body> and moves it down,
  // and the page then jumps up as it replaces the spinner (a layout shift of the whole body).
  if (session.isPending) {
    return (
      <div style={{ padding: "20vh 0", textAlign: "center" }}>
        <Spin />
      </div>
    );
  }
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (allowed && !allowed(session.data)) return <Navigate to="/" replace />;
  return <>{children}</>;
}
