import { useState } from "react";
import { RouterProvider } from "react-router";
import { makeQueryClient } from "@/lib/query-client";
import { AppProvider } from "./AppProvider";
import { makeRouter } from "./router";

export function App() {
  // One query cache for the router (it starts the opened page's queries) and the components.
  const [queryClient] = useState(makeQueryClient);
  const [router] = useState(() => makeRouter(queryClient));
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
