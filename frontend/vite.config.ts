/// <reference types="vitest/config" />
import { fileURLToPath, URL } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The backend serves dist/: index.html for every SPA path, dist/assets/* (content-hashed) with
// far-future immutable caching. `npm run dev` proxies the API to `make run` on :8000.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  build: {
    outDir: "dist",
    assetsDir: "assets",
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks: {
          react: ["react", "react-dom", "react-router"],
          antd: ["antd", "@ant-design/icons"],
          flow: ["@xyflow/react"],
          charts: ["recharts"],
        },
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
