import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer: one app, four role screens. Built to dist/renderer with relative paths so the
 * hub serves it to browsers and Electron loads it from disk. `npm run dev` proxies /api to a hub.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.STATION_HUB_URL ?? 'http://127.0.0.1:8780', changeOrigin: false },
    },
  },
});
