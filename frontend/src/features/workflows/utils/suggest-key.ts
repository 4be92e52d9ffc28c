// A workflow key suggested from its name: "Purchase request" → "purchase-request". Names with no
// Latin letters (Chinese, say) have no slug without a transliteration table: they get `workflow-N`,
// the first such key not taken.
import { KEY_PATTERN } from "../components/fields";

/** The name as a key: accents dropped, lowercase, runs of anything else one "-", starting with a letter. */
export function slugify(name: string): string {
  const plain = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, 64)
    .replace(/-+$/, "");
  return KEY_PATTERN.test(plain) ? plain : "";
}

/** The key to suggest for `name`, not among `taken`: its slug (numbered when taken), or `workflow-N`. */
export function suggestWorkflowKey(name: string, taken: Iterable<string> = []): string {
  if (!name.trim()) return "";
  const used = new Set(taken);
  const slug = slugify(name);
  if (slug && !used.has(slug)) return slug;
  const base = slug ? slug.slice(0, 58) : "workflow";
  for (let n = slug ? 2 : 1; ; n += 1) {
    const key = `${base}-${n}`;
    if (!used.has(key)) return key;
  }
}
