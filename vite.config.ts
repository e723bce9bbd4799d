// Vite + Vitest configuration: the Svelte app, its precaching service worker, and the unit-test projects.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Plugin } from 'vite';

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const PDFJS_DATA_DIRS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];
const MIME: Record<string, string> = { '.wasm': 'application/wasm', '.js': 'text/javascript' };

/** Serves (dev) and emits (build) pdf.js's CMaps, standard fonts, wasm decoders and ICC profiles under /pdfjs/. */
function pdfjsAssets(): Plugin {
  const files = (dir: string): string[] =>
    readdirSync(join(pdfjsDir, dir))
      .filter((name) => statSync(join(pdfjsDir, dir, name)).isFile() && !name.startsWith('LICENSE'))
      .map((name) => `${dir}/${name}`);
  return {
    name: 'lineseal-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/pdfjs\/([a-z_]+\/[^/?#]+)/.exec(req.url ?? '');
        const rel = match?.[1];
        if (!rel || !PDFJS_DATA_DIRS.includes(rel.split('/')[0] ?? '')) return next();
        try {
          const body = readFileSync(join(pdfjsDir, rel));
          res.setHeader('Content-Type', MIME[extname(rel)] ?? 'application/octet-stream');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const rel of PDFJS_DATA_DIRS.flatMap(files)) {
        this.emitFile({ type: 'asset', fileName: `pdfjs/${rel}`, source: readFileSync(join(pdfjsDir, rel)) });
      }
    },
  };
}

export default defineConfig({
  plugins: [
    svelte(),
    pdfjsAssets(),
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: 'LineSeal',
        short_name: 'LineSeal',
        description: 'Redact court filings exactly as the sealing order says, on your own machine.',
        start_url: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f2937',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,wasm,bcmap,pfb,ttf,icc,json,txt,pdf}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: { chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  test: {
    passWithNoTests: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['tests/**/*.svelte.test.ts', 'src/**/*.svelte.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'runes',
          environment: './tests/node-client-env.ts',
          include: ['tests/**/*.svelte.test.ts', 'src/**/*.svelte.test.ts'],
        },
      },
    ],
  },
});
