// Exports arrive as a file body; the browser saves them through a temporary object URL.
import type { ExportFormat } from "../types";

/** The filename a Content-Disposition header names (`filename*=` UTF-8 form first), if any. */
export function filenameFromDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return sanitizeFilename(decodeURIComponent(extended[1].trim()));
    } catch {
      // malformed escape: fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header);
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name ? sanitizeFilename(name) : undefined;
}

/** No directories, no control characters: a name the save dialog can use as is. */
export function sanitizeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "_").trim() || "download";
}

/** What the backend names an export (`<key>-v<version>.<format>`), for when the header is missing. */
export function exportFilename(key: string, format: ExportFormat, version?: number | null): string {
  return sanitizeFilename(`${key}${version ? `-v${version}` : ""}.${format}`);
}

/** Save a blob as a file: a click on a temporary link, then the URL is released. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start the download asynchronously; give them a moment before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
