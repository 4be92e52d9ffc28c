import { useCallback, useEffect, useState } from "react";

/**
 * Whether an element has come within about a screen's height of the viewport (and stays true from
 * then on): heavy parts far down a page (the ticket's graph on a phone) are fetched and drawn when the
 * person scrolls towards them, not while the top of the page is being shown. Where the browser has no
 * IntersectionObserver (tests in jsdom) it is true at once.
 */
export function useNearViewport<T extends Element>(): [(element: T | null) => void, boolean] {
  const [element, setElement] = useState<T | null>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: "100% 0px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, near]);
  return [useCallback((node: T | null) => setElement(node), []), near];
}
