// A claim map (claim value → department or role code) as the admin edits it: one "value = code" a line.

export function mapToText(map: Record<string, string> | undefined): string {
  return Object.entries(map ?? {})
    .map(([value, code]) => `${value} = ${code}`)
    .join("\n");
}

/** The map the text describes, or the 1-based numbers of the lines that are not "value = code". */
export function textToMap(text: string): { map: Record<string, string>; bad: number[] } {
  const map: Record<string, string> = {};
  const bad: number[] = [];
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    const at = line.lastIndexOf("=");
    const value = at > 0 ? line.slice(0, at).trim() : "";
    const code = at > 0 ? line.slice(at + 1).trim() : "";
    if (!value || !code) bad.push(index + 1);
    else map[value] = code;
  });
  return { map, bad };
}
