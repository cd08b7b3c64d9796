import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// The app is served from the Tauri binary with no network: everything is bundled locally.
export default defineConfig({
  plugins: [react()],
  clearScreen: false,
  server: { port: 1420, strictPort: true, host: "127.0.0.1" },
  build: { outDir: "dist", target: "es2022", sourcemap: false },
  test: { environment: "node", include: ["src/**/*.test.ts"] },
});
