/** A tenant host's console URL, on this page's scheme and port (the platform and tenants share them). */
export function consoleUrl(domain: string): string {
  return `${location.protocol}//${domain}${location.port ? `:${location.port}` : ""}/`;
}

/** The host a new tenant gets by default: <key>.<this host> (the public domain). */
export function defaultDomain(key: string): string {
  return `${key || "key"}.${location.hostname}`;
}
