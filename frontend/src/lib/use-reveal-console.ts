import { useLayoutEffect } from "react";
import { revealConsole } from "./first-view";

/** A page the server may have drawn a first view of: show the console in its place once `drawn`
 *  (in the same frame as the page's own drawing, so nothing blinks). */
export function useRevealConsole(drawn: boolean): void {
  useLayoutEffect(() => {
    if (drawn) revealConsole();
  }, [drawn]);
}
