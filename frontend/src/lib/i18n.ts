// react-i18next with one namespace per file: src/locales/<language>/<namespace>.json.
// Each feature owns its namespace (named after the feature); `common` holds the shell's strings.
// Only the language shown is downloaded (its own chunk, lib/locale-<language>.ts): main.tsx waits
// for it before the first render; switching fetches the other one first.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { rememberForFirstView } from "./first-view";

export const LANGUAGES = ["en", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = "loonflow.language";

type Bundle = Record<string, unknown>;
type Files = Record<string, Bundle>;

const TEXTS: Record<Language, () => Promise<{ default: Files }>> = {
  en: () => import("./locale-en"),
  "zh-CN": () => import("./locale-zh-cn"),
};

/** A language's files (path -> texts) by namespace (the file's name). */
export function namespaces(files: Files): Record<string, Bundle> {
  const bundles: Record<string, Bundle> = {};
  for (const [path, bundle] of Object.entries(files)) {
    const namespace = /([^/]+)\.json$/.exec(path)?.[1];
    if (namespace) bundles[namespace] = bundle;
  }
  return bundles;
}

const loading = new Map<Language, Promise<void>>();

/** Fetch `language`'s texts (once) and hand them to i18next. */
export function loadLanguage(language: Language): Promise<void> {
  let done = loading.get(language);
  if (!done) {
    done = TEXTS[language]().then((module) => {
      for (const [namespace, bundle] of Object.entries(namespaces(module.default))) {
        i18n.addResourceBundle(language, namespace, bundle, true, true);
      }
    });
    loading.set(language, done);
  }
  return done;
}

export function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  return browserLanguage();
}

/** The browser's own language, as the SPA picks it with nothing chosen. */
export function browserLanguage(): Language {
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
  rememberForFirstView({ language });
  // Texts already here: switch at once (the same render as the click); otherwise once they arrive.
  if (i18n.hasResourceBundle(language, "common")) void i18n.changeLanguage(language);
  else void loadLanguage(language).then(() => i18n.changeLanguage(language));
  document.documentElement.lang = language;
  if (chosen) for (const listener of listeners) listener(language);
}

void i18n.use(initReactI18next).init({
  resources: {},
  lng: initialLanguage(),
  // No fallback language: both languages have every key (i18n.test.ts), and a fallback would be a
  // second download.
  fallbackLng: false,
  ns: ["common"],
  defaultNS: "common",
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
