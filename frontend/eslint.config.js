import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { readdirSync } from "node:fs";

// bulletproof-react's layers: app → features → entities → shared code (src/lib, src/components, src/api).
// A feature imports shared code, entities (src/entities: the API's users, departments, roles,
// workflows, ... with their one set of hooks and query keys) and itself, never another feature.
// Entities import shared code, never a feature or the app; shared code imports neither. Code outside
// a feature or entity reaches it only through "@/..." (no ../../ climbing out).
const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: `^@/features/(?!${feature}(/|$))`,
            message: `Features must not import each other (this is "${feature}"); move shared code to src/entities, src/lib or src/components.`,
          },
          { regex: "^(\\.\\./){3,}", message: "Import shared code through '@/…', not by climbing out of the feature." },
          { regex: "^@/app(/|$)", message: "Features must not import the app shell." },
          { regex: "^@/entities/[^/]+/", message: "Import an entity through its public surface (@/entities/<entity>), not its files." },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ["dist", "node_modules", "src/api/*.d.ts", "artifacts"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/lib/**/*.{ts,tsx}", "src/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@/(features|entities|app)(/|$)", message: "Shared code must not depend on features, entities or the app shell." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/entities/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@/features(/|$)", message: "Entities must not import features (features import entities)." },
            { regex: "^@/app(/|$)", message: "Entities must not import the app shell." },
            { regex: "^(\\.\\./){3,}", message: "Import shared code through '@/…', not by climbing out of the entity." },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
);
