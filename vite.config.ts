import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp';
import { bundledDatasets } from './scripts/vite-plugin-datasets';
import { earlyValidator } from './scripts/vite-plugin-early-validator';
import { pageShell } from './scripts/vite-plugin-page-shell';

export default defineConfig({
  // Relative base: the build can be hosted under any path on any static host or CDN.
  base: './',
  plugins: [react(), bundledDatasets(), pageShell(), earlyValidator(), contentSecurityPolicy()],
  // The layout worker is a module like the app: it shares its chunks and runs under the same CSP.
  worker: { format: 'es' },
  // Like a static host that serves public files to any origin (GitHub Pages does; public/_headers
  // asks Netlify and Cloudflare Pages to): a frame sandboxed without allow-same-origin has an
  // opaque origin, and loads the app's scripts and dataset only with this header.
  preview: { port: 4173, strictPort: true, cors: { origin: '*' } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
