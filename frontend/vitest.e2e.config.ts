import { defineConfig } from "vitest/config";

// End-to-end: real Chromium (Debian's, through playwright-core) against a real backend that
// e2e/global-setup.ts starts (tools/e2e_server.py: fresh database, demo seed, gunicorn, built SPA).
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["./e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: "forks",
    poolOptions: { forks: { singleFork: true } },
    reporters: ["default"],
  },
});
