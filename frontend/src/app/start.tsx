import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import "./index.css";
import { App } from "./app/App";
import i18n, { type Language, loadLanguage } from "./lib/i18n";

// The first render waits for the texts of the language shown (its own small chunk), then runs as a
// transition: React renders it in slices and yields to the browser between them, instead of one long
// task that blocks input while a phone works through the whole console.
void loadLanguage(i18n.language as Language).then(() =>
  startTransition(() => {
    createRoot(document.getElementById("root") as HTMLElement).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }),
);
