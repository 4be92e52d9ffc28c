import { useState } from "react";
import { RouterProvider } from "react-router";
import { AppProvider } from "./provider";
import { makeRouter } from "./router";

export function App() {
  const [router] = useState(makeRouter);
  return (
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
