// The SPA's one file-naming convention (frontend/README.md), checked by `npm run lint`:
//   - a module that exports a React component is PascalCase.tsx (index.tsx excepted); a
//     PascalCase.tsx exports one;
//   - everything else is kebab-case: `.ts`, `.tsx` without components, and every folder;
//   - a hook module is `use-*`: a module whose one exported function is a hook is named after
//     it (`useTicketActions` in use-ticket-actions.ts);
//   - a test sits beside the module it tests, named after it: X.test.ts(x) next to X.ts(x) (or,
//     for a folder's module, <folder>/<folder>.test.ts next to <folder>/index.ts; shared-vectors.test.ts
//     runs tests/vectors against its folder).
// Usage: node scripts/check-file-names.mjs [root ...]   (default: src e2e); exits 1 on a problem.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
// Generated API types and the translations (folders named after languages, "zh-CN") are not code.
const SKIP = [/^src\/api\//, /^src\/locales\//];

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();

function* walk(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const rel = relative(here, path).split("\\").join("/");
    if (SKIP.some((pattern) => pattern.test(rel))) continue;
    if (statSync(path).isDirectory()) {
      yield { path, rel, folder: true };
      yield* walk(path);
    } else if (/\.tsx?$/.test(entry) && !entry.endsWith(".d.ts")) {
      yield { path, rel, folder: false };
    }
  }
}

function problemsOf({ path, rel, folder }) {
  const name = basename(path);
  if (folder) return KEBAB.test(name) ? [] : [`${rel}/: folders are kebab-case`];
  const match = /^(.*?)(\.(test|e2e))?\.(tsx?)$/.exec(name);
  const [, base, , kind, ext] = match;
  const problems = [];
  const text = readFileSync(path, "utf8");
  if (kind === "test") {
    const beside = [`${base}.ts`, `${base}.tsx`].some((file) => existsSync(join(dirname(path), file)));
    const folderModule = base === basename(dirname(path)) && ["index.ts", "index.tsx"].some((file) => existsSync(join(dirname(path), file)));
    // shared-vectors.test.ts runs the repository's tests/vectors (the cases pytest runs too) against
    // the folder it sits in.
    const vectors = base === "shared-vectors";
    if (!beside && !folderModule && !vectors) problems.push(`${rel}: a test sits beside the module it tests and is named after it (no ${base}.ts(x) here)`);
  }
  if (!KEBAB.test(base) && !(ext === "tsx" && PASCAL.test(base))) {
    problems.push(`${rel}: React components are PascalCase.tsx, everything else kebab-case (${kebab(base)}.${ext})`);
    return problems;
  }
  if (kind) return problems;
  const functions = [...text.matchAll(/^export (?:async )?function (\w+)/gm)].map((found) => found[1]);
  const components = functions.filter((fn) => PASCAL.test(fn));
  if (PASCAL.test(base) && components.length === 0 && !/^export const [A-Z]\w*\s*=\s*(?:memo|forwardRef|lazy)\(/m.test(text)) {
    problems.push(`${rel}: a PascalCase.tsx module exports a React component; name this one in kebab-case (${kebab(base)}.tsx)`);
  }
  if (KEBAB.test(base) && base !== "index" && components.length > 0) {
    problems.push(`${rel}: exports the component ${components[0]}, so it is ${components[0]}.tsx`);
  }
  if (base.startsWith("use") && !base.startsWith("use-")) problems.push(`${rel}: hook modules are named use-*.ts`);
  if (functions.length === 1 && /^use[A-Z]/.test(functions[0]) && base !== kebab(functions[0])) {
    problems.push(`${rel}: its one export is the hook ${functions[0]}, so it is ${kebab(functions[0])}.${ext}`);
  }
  return problems;
}

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["src", "e2e"];
const problems = roots.flatMap((root) => [...walk(join(here, root))].flatMap(problemsOf));
if (problems.length) {
  console.error(`File names that break the convention (see frontend/README.md):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
