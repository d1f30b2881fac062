import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp';
import { bundledDatasets } from './scripts/vite-plugin-datasets';

export default defineConfig({
  // Relative base: the build can be hosted under any path on any static host or CDN.
  base: './',
  plugins: [react(), bundledDatasets(), contentSecurityPolicy()],
  // The layout worker is a module like the app: it shares its chunks and runs under the same CSP.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
