import { namespaces } from "./i18n";
import en from "./locale-en";
import zhCN from "./locale-zh-cn";

const resources: Record<string, Record<string, Record<string, unknown>>> = { en: namespaces(en), "zh-CN": namespaces(zhCN) };

// Every visible string exists in both languages: the key sets of en and zh-CN must match.
function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    keys(inner, prefix ? `${prefix}.${key}` : key),
  );
}

test("both languages have the same namespaces and keys", () => {
  expect(Object.keys(resources["zh-CN"]).sort()).toEqual(Object.keys(resources.en).sort());
  for (const namespace of Object.keys(resources.en)) {
    const en = keys(resources.en[namespace]).sort();
    const zh = keys(resources["zh-CN"][namespace]).sort();
    expect({ namespace, missingInZh: en.filter((k) => !zh.includes(k)) }).toEqual({ namespace, missingInZh: [] });
    expect({ namespace, missingInEn: zh.filter((k) => !en.includes(k)) }).toEqual({ namespace, missingInEn: [] });
  }
});

test("no translation is left empty", () => {
  for (const language of Object.keys(resources)) {
    for (const [namespace, bundle] of Object.entries(resources[language])) {
      const empty = keys(bundle).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], bundle);
        return typeof value === "string" && value.trim() === "";
      });
      expect({ language, namespace, empty }).toEqual({ language, namespace, empty: [] });
    }
  }
});

test("the server's language codes map to the SPA's", async () => {
  const { languageFromServer } = await import("./i18n");
  expect(languageFromServer("en")).toBe("en");
  expect(languageFromServer("zh-hans")).toBe("zh-CN");
  expect(languageFromServer("")).toBeNull();
  expect(languageFromServer(undefined)).toBeNull();
});
