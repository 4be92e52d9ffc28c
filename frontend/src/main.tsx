// The console's entry, kept small: on a page the server drew (lib/first-view.ts) the drawing paints
// first, then the console's scripts are fetched and run; on any other page they start at once.
import "./index.css";
import { afterFirstPaint } from "./lib/first-view";

// The console's modules run in one task and the console starts in the next: two shorter tasks for a
// phone's main thread instead of one long one.
void afterFirstPaint()
  .then(() => import("./app/start"))
  .then(({ start }) => setTimeout(start));
