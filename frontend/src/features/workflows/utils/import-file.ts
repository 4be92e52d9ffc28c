// An exported workflow file goes back to the import endpoint as text, typed by its extension.

export const IMPORT_EXTENSIONS = [".json", ".yaml", ".yml"] as const;
export const MAX_IMPORT_BYTES = 1024 * 1024; // the backend refuses larger bundles

export type ImportContentType = "application/json" | "application/yaml";

/** The Content-Type for a file name, or undefined when it is not an export file. */
export function importContentType(filename: string): ImportContentType | undefined {
  const lower = filename.toLowerCase();
  if (lower.endsWith(".json")) return "application/json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "application/yaml";
  return undefined;
}
