import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { echartsUnderFrozenPrototype } from "./echarts-frozen-prototype";

// The app is served from the Tauri binary with no network: everything is bundled locally.
export default defineConfig({
  plugins: [react(), echartsUnderFrozenPrototype()],
  clearScreen: false,
  server: { port: 1420, strictPort: true, host: "127.0.0.1" },
  // No asset inlined as a data: URI: the CSP allows fonts and images from the app itself only.
  build: { outDir: "dist", target: "es2022", sourcemap: false, assetsInlineLimit: 0 },
  test: { environment: "node", include: ["src/**/*.test.ts"] },
});
