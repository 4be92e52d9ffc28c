// react-i18next with one namespace per file: src/locales/<language>/<namespace>.json.
// Each feature owns its namespace (named after the feature); `common` holds the shell's strings.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";

export const LANGUAGES = ["en", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = "loonflow.language";

type Bundle = Record<string, unknown>;
const files = import.meta.glob<Bundle>("../locales/*/*.json", { eager: true, import: "default" });

export const resources: Record<string, Record<string, Bundle>> = {};
for (const [path, bundle] of Object.entries(files)) {
  const [, language, namespace] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (!language || !namespace) continue;
  (resources[language] ??= {})[namespace] = bundle;
}

export function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  return globalThis.navigator?.language?.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/** The SPA's language for one the server stores on a profile ("en", "zh-hans"; "" or unknown: none). */
export function languageFromServer(code: string | null | undefined): Language | null {
  if (code === "en") return "en";
  if (code === "zh-hans") return "zh-CN";
  return null;
}

type LanguageListener = (language: Language) => void;
const listeners = new Set<LanguageListener>();

/** Be told when the person picks a language (e.g. to save it on their profile); returns the unsubscribe. */
export function onLanguageChosen(listener: LanguageListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Switch the SPA to `language` and remember it on this browser. `chosen`: the person picked it here
 *  and then (listeners hear of it); false when it comes from elsewhere (their saved profile). */
export function rememberLanguage(language: Language, { chosen = true }: { chosen?: boolean } = {}): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
  if (chosen) for (const listener of listeners) listener(language);
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: "en",
  ns: Object.keys(resources.en ?? { common: {} }),
  defaultNS: "common",
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
