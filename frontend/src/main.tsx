import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import "./index.css";
import { App } from "./app/App";

// The first render as a transition: React renders it in slices and yields to the browser between
// them, instead of one long task that blocks input while a phone works through the whole console.
startTransition(() => {
  createRoot(document.getElementById("root") as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
