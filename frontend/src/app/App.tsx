import { useState } from "react";
import { RouterProvider } from "react-router";
import { AppProvider } from "./AppProvider";
import { makeRouter } from "./router";

export function App() {
  const [router] = useState(makeRouter);
  return (
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
