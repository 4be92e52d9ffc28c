/// <reference types="vitest/config" />
import { fileURLToPath, URL } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { antdStaticCss } from "./plugins/antd-static-css";
import { firstView } from "./plugins/first-view";

// Vendor chunks by what needs them. React and its router change rarely and every page needs them: one
// long-cached chunk. The graph library (@xyflow) and the chart library (recharts) are fetched only by
// the pages that draw one (lazy routes, the ticket page's lazy graph). Everything else, Ant Design
// included, Rollup splits by use: the first page's components travel with the entry, the rest with
// the pages that use them.
const VENDOR_CHUNKS: [RegExp, string][] = [
  [/\/node_modules\/(react|react-dom|react-router|scheduler|use-sync-external-store|cookie|set-cookie-parser)\//, "react"],
  [/\/node_modules\/@xyflow\//, "flow"],
  [/\/node_modules\/recharts\//, "charts"],
];

function manualChunks(id: string): string | undefined {
  return VENDOR_CHUNKS.find(([pattern]) => pattern.test(id))?.[1];
}

// The backend serves dist/: index.html for every SPA path, dist/assets/* (content-hashed) with
// far-future immutable caching. `npm run dev` proxies the API to `make run` on :8000.
const antdStyles = antdStaticCss();

export default defineConfig({
  plugins: [react(), antdStyles, firstView(antdStyles.hashClass)],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  build: {
    outDir: "dist",
    assetsDir: "assets",
    chunkSizeWarningLimit: 2000,
    // dist/.vite/manifest.json: which chunks each page needs; the backend names the opened page's
    // chunks in the document it serves (core/spa.py), so they load beside the entry.
    manifest: true,
    rollupOptions: {
      output: {
        manualChunks,
      },
    },
  },
  server: {
    proxy: { "/api": { target: "http://localhost:8000", changeOrigin: false } },
  },
  test: {
    globals: true,
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
    // Ant Design forms render slowly in jsdom on a busy 2-core machine; a slow test is not a failed one.
    testTimeout: 30_000,
  },
});
