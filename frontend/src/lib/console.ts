// Which console this page is: the backend stamps <meta name="loonflow-console"> with "tenant" on a
// tenant's host and "platform" on the public host. `?console=platform` overrides it under `vite dev`.
export type Console = "tenant" | "platform";

export function currentConsole(): Console {
  if (import.meta.env.DEV && new URLSearchParams(location.search).get("console") === "platform") return "platform";
  const meta = document.querySelector<HTMLMetaElement>('meta[name="loonflow-console"]');
  return meta?.content === "platform" ? "platform" : "tenant";
}
