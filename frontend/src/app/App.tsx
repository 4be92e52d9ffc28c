import type { QueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { RouterProvider } from "react-router";
import { revealConsole } from "@/lib/first-view";
import { AppProvider } from "./AppProvider";
import type { makeRouter } from "./router";

type Props = {
  /** One query cache for the router (it starts the opened page's queries) and the components. */
  queryClient: QueryClient;
  router: ReturnType<typeof makeRouter>;
};

export function App({ queryClient, router }: Props) {
  // A first view shows the page the document was asked for; once the console is elsewhere (a link, a
  // redirect to sign in) the console shows, whatever that page does.
  useEffect(() => {
    const first = router.state.location.key;
    return router.subscribe((state) => {
      if (state.location.key !== first) revealConsole();
    });
  }, [router]);
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
