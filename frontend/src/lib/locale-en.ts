// The English texts, one module (one chunk) for the language: only the language shown is downloaded.
export default import.meta.glob<Record<string, unknown>>("../locales/en/*.json", { eager: true, import: "default" });
