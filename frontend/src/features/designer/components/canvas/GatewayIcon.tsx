// A gateway's BPMN diamond as a font-sized icon: `+` for parallel, `o` for inclusive (a split and its
// join share the symbol).
import type { StateType } from "../../model";

/** A diamond with the gateway's symbol, sized like a font icon (1em). */
export function GatewayIcon({ symbol }: { symbol: "plus" | "circle" }) {
  return (
    <span role="img" className="anticon designer-gateway-icon" aria-hidden>
      <svg viewBox="0 0 16 16" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.4">
        <path d="M8 1 L15 8 L8 15 L1 8 Z" strokeLinejoin="round" />
        {symbol === "plus" ? <path d="M8 4.6 V11.4 M4.6 8 H11.4" strokeWidth="1.8" /> : <circle cx="8" cy="8" r="2.8" strokeWidth="1.6" />}
      </svg>
    </span>
  );
}

/** The symbol a gateway of this type shows (null for start, normal and end states). */
export function gatewaySymbol(type: StateType): "plus" | "circle" | null {
  if (type === "parallel_split" || type === "parallel_join") return "plus";
  if (type === "inclusive_split" || type === "inclusive_join") return "circle";
  return null;
}
