// "512 B", "1.5 KB", "12.0 MB", "2.0 GB": a byte count in the largest binary unit that fits (1 KB =
// 1024 B), one decimal above bytes. Attachment sizes and the platform's storage figures use it.
const UNITS = ["KB", "MB", "GB", "TB"];

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}
