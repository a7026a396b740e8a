import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // A cycle between modules means neither can be understood alone; files in a cycle get split instead.
    // Tests and test helpers are left out: nothing the console ships imports them, and following
    // their imports was a third of the whole lint's time (125 → 79 s for this rule).
    files: ["app/**", "components/**", "lib/**", "scripts/**", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "**/tests/**", "**/test-support/**", "lib/testing/**"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
    // Packages cannot import the console back, yet the rule reads every one of their files it reaches
    // unless told not to (`ignoreExternal` alone does not stop that): 84 → 11 s for this rule, and
    // the whole lint 107 → 35 s here.
    settings: { "import/ignore": ["node_modules"] },
  },
  {
    // Browser code never imports server code: the key and the database stay on the server. Types may
    // cross (they vanish at build time).
    files: ["components/**", "lib/client/**", "lib/upload/**", "app/**/error.tsx", "app/providers.tsx"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/registry/**",
                "**/gateway/**",
                "**/run-cache/**",
                "**/emulator/**",
                "**/export/**",
                "**/webhooks/**",
                "**/ops/**",
                "**/config/**",
                "**/http/**",
                "**/*.server",
                "**/upstream/check-upstream",
                "**/upstream/probe-upstream",
                "**/parallel/fetch-upstream",
                "better-sqlite3",
                "kysely",
                "node:*",
              ],
              allowTypeImports: true,
              message:
                "Browser code must not import server code (lib/registry, gateway, run-cache, emulator, export, ops, config, http, *.server).",
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures hand over their value through a callback named `use`, which is not React's.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "bench/.work/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
  ]),
]);
