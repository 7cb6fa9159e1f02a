import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { DEV_CSP_NONCE } from './main/services/static-files';

const root = import.meta.dirname;

/**
 * pdfkit (under react-pdf) loads its standard fonts' metrics at run time with
 * createRequire(import.meta.url)('#standard-fonts/Helvetica'): a package "imports" path the
 * bundler cannot follow, and which no longer resolves once pdfkit's code sits in out/main
 * (Facet's package.json has no such map). react-pdf opens Helvetica for every document, so
 * every export would fail. This turns those requires into imports the bundler includes.
 */
function bundlePdfkitStandardFonts(): Plugin {
  return {
    name: 'facet:bundle-pdfkit-standard-fonts',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/.test(id)) return null;
      const fonts = new Set<string>();
      const rewritten = code.replace(/\brequire\$\d*\('#standard-fonts\/(\w+)'\)/g, (_call, font: string) => {
        fonts.add(font);
        return `standardFont_${font}`;
      });
      // A pdfkit upgrade that loads them differently must be looked at, not silently shipped.
      if (fonts.size === 0) this.error("pdfkit no longer loads '#standard-fonts/…' with require(): review this plugin");
      const imports = [...fonts].map((font) => `import standardFont_${font} from 'pdfkit/standard-fonts/${font}';`);
      return { code: `${imports.join('\n')}\n${rewritten}`, map: null };
    },
  };
}

export default defineConfig(({ command, mode }) => ({
  main: {
    // Bundled, React and react-pdf would otherwise choose their development builds at run
    // time (a packaged app has no NODE_ENV): slower PDF rendering, and both builds shipped.
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    plugins: [bundlePdfkitStandardFonts()],
    build: {
      outDir: 'out/main',
      // Bundle every package main imports (react-pdf and its ES-module-only dependencies,
      // react, zod, yaml) instead of require()-ing them from node_modules inside app.asar:
      // ES modules loaded from asar through a CommonJS main have open Electron regressions,
      // and nothing from node_modules then needs to ship. Only 'electron' and Node's
      // built-ins stay external. react-pdf is still imported lazily, so it gets its own
      // chunk, loaded on the first export. tests/unit/main-bundle.test.ts keeps
      // package.json's dependencies equal to what out/main still requires.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(root, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must be one CommonJS file that requires nothing but 'electron'.
      rollupOptions: {
        input: { preload: resolve(root, 'main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    // `npm run dev` runs under the app's strict policy (main/window.ts sendPolicyInDevelopment):
    // Vite stamps this nonce on the script and style tags it injects. Built pages have none.
    ...(command === 'serve' ? { html: { cspNonce: DEV_CSP_NONCE } } : {}),
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      assetsInlineLimit: 0,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
}));
