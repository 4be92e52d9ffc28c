import type { CSSProperties } from "react";

/**
 * How a state looks in a read-only graph before any marks: a card of `width`, start and end states
 * rounded (the start's border in `startColor`, the end's doubled). Callers add their own marks on top.
 */
export function stateNodeStyle(type: string, width: number, startColor: string): CSSProperties {
  const style: CSSProperties = {
    width,
    padding: "8px 10px",
    fontSize: 13,
    borderRadius: 8,
    border: "1px solid #bfbfbf",
    background: "#fff",
    color: "rgba(0, 0, 0, 0.88)",
  };
  if (type === "start") Object.assign(style, { borderRadius: 20, border: `2px solid ${startColor}` });
  if (type === "end") Object.assign(style, { borderRadius: 20, border: "3px double #595959" });
  return style;
}
