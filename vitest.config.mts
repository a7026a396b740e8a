import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Outside Next's react-server build, "server-only" throws on import; tests run server code directly.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    // Request logs (pino JSON lines) would bury the test output; the tests about logs capture their own.
    env: { LOG_LEVEL: "silent" },
    include: [
      "lib/**/*.test.ts",
      "app/**/*.test.ts",
      "components/**/*.test.ts",
      "components/**/*.test.tsx",
      "scripts/**/*.test.ts",
      "tests/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    // `*.postgres.test.ts`: PostgreSQL only, run by vitest.postgres.config.mts.
    exclude: ["e2e/**", "node_modules/**", ".next/**", "bench/.work/**", "**/*.postgres.test.ts"],
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: one on a 2-core CI machine. Most files wait
    // on servers and streams, not the CPU, so three side by side finish ~25 % sooner there.
    maxWorkers: 3,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
