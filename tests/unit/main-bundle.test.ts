import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, type InlineConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../main/services/content/load';
import type { renderSummaryPdf as RenderSummaryPdf } from '../../main/services/summary-pdf';
import { buildSummary } from '../../shared/summary/model';
import { sampleConsultation } from '../fixtures/consultation-sample';
import { BUILT_IN_CONTENT } from '../fixtures/content-folders';

// Builds main with the project's own electron.vite.config.mts (the same resolved main
// config `electron-vite build` uses), into a temporary folder, so these checks never read
// a stale out/main and do not race other builds writing it.
const projectDir = path.resolve(import.meta.dirname, '../..');
const fontsDir = path.join(projectDir, 'assets/fonts');
const workDir = mkdtempSync(path.join(os.tmpdir(), 'facet-main-bundle-'));

async function mainConfig(): Promise<InlineConfig> {
  const { config } = await resolveConfig({ root: projectDir, configFile: 'electron.vite.config.mts', logLevel: 'warn' }, 'build', 'production');
  if (!config?.main) throw new Error('electron.vite.config.mts has no main config');
  return config.main as InlineConfig;
}

/** Builds main's config with only its entry points and output folder changed. */
async function buildMain(input: Record<string, string>, outDir: string): Promise<void> {
  const main = await mainConfig();
  const rollupOptions = { ...main.build?.rollupOptions, input };
  // Vite 8 reads rolldownOptions; electron-vite keeps rollupOptions as the same object.
  await build({ ...main, logLevel: 'warn', build: { ...main.build, outDir, emptyOutDir: true, rollupOptions, rolldownOptions: rollupOptions } as InlineConfig['build'] });
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => path.join(dir, file));
}

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Packages the built code loads at run time: bare require() and import() specifiers, by package name. */
function packagesLoaded(dir: string): { required: string[]; imported: string[] } {
  const required = new Set<string>();
  const imported = new Set<string>();
  for (const file of jsFiles(dir)) {
    // Lines of doc comments are not code: pako's (bundled under pdf-lib) show `require('pako')` in examples.
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/)/.test(line))
      .join('\n');
    for (const [, kind, specifier] of code.matchAll(/\b(require|import)\(\s*["']([^"']+)["']\s*\)/g)) {
      if (specifier!.startsWith('.') || builtins.has(specifier!) || specifier === 'electron') continue;
      const parts = specifier!.split('/');
      const name = specifier!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
      (kind === 'require' ? required : imported).add(name);
    }
  }
  return { required: [...required].sort(), imported: [...imported].sort() };
}

const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

let loaded: { required: string[]; imported: string[] };
let renderBundled: typeof RenderSummaryPdf;

beforeAll(async () => {
  await buildMain({ index: path.join(projectDir, 'main/index.ts') }, path.join(workDir, 'main'));
  loaded = packagesLoaded(path.join(workDir, 'main'));

  // main/index.ts needs the Electron binary to run, so the PDF renderer is built on its own,
  // with the same config, from a one-line entry, and run here in Node.
  const entry = path.join(workDir, 'pdf-entry.ts');
  writeFileSync(entry, `export { renderSummaryPdf } from ${JSON.stringify(path.join(projectDir, 'main/services/summary-pdf'))};\n`);
  await buildMain({ 'summary-pdf': entry }, path.join(workDir, 'pdf'));
  const require = createRequire(import.meta.url);
  ({ renderSummaryPdf: renderBundled } = require(path.join(workDir, 'pdf', 'summary-pdf.js')) as { renderSummaryPdf: typeof RenderSummaryPdf });
}, 120_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the built main bundle', () => {
  it('imports no package at run time (react-pdf and its ES-module-only dependencies are bundled)', () => {
    expect(loaded.imported).toEqual([]);
    expect(loaded.required.filter((name) => name.startsWith('@react-pdf/'))).toEqual([]);
  });

  it('requires exactly the packages package.json lists as dependencies, so electron-builder ships only those', () => {
    expect(loaded.required).toEqual(Object.keys(pkg.dependencies ?? {}).sort());
  });

  it('requires only CommonJS packages', () => {
    const require = createRequire(path.join(projectDir, 'package.json'));
    const esmOnly = loaded.required.filter((name) => {
      try {
        require.resolve(name);
        return false;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || (error as NodeJS.ErrnoException).code === 'ERR_REQUIRE_ESM';
      }
    });
    expect(esmOnly).toEqual([]);
  });

  it('keeps react-pdf in a chunk of its own, loaded on the first export rather than at start-up', () => {
    const index = readFileSync(path.join(workDir, 'main', 'index.js'), 'utf8');
    const chunkRequires = [...index.matchAll(/(.{0,40})require\("\.\/(chunks\/react-pdf[^"]*)"\)/g)];

    expect(chunkRequires).toHaveLength(1);
    // Inside a promise callback (the lazy import()), not a top-level require.
    expect(chunkRequires[0]![1]).toMatch(/\(\)\s*=>\s*$/);
    expect(readFileSync(path.join(workDir, 'main', chunkRequires[0]![2]!), 'utf8')).toContain('renderToBuffer');
  });

  it('uses the production builds of React and react-pdf', () => {
    for (const file of jsFiles(path.join(workDir, 'main'))) expect(readFileSync(file, 'utf8')).not.toContain('process.env.NODE_ENV');
  });
});

describe('the summary PDF rendered through the bundled code', () => {
  it('is a real PDF with the patient’s summary on two or more pages', async () => {
    const { pack } = await loadContent({ builtIn: BUILT_IN_CONTENT, override: null });
    const model = buildSummary(sampleConsultation('Zoë Ólafsdóttir'), pack!, { paperSize: 'A4', generatedAt: new Date(2026, 10, 24, 11, 30) });

    const started = performance.now();
    const pdf = await renderBundled(model, { fontsDir });
    const first = performance.now() - started;
    await renderBundled(model, { fontsDir });
    const warm = performance.now() - started - first;
    const file = path.join(workDir, 'summary.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Zoë Ólafsdóttir');
    expect(text).toContain('Your consultation summary');
    expect(text).toContain(`Page ${pages} of ${pages}`);
    console.info(`summary PDF through the bundle: ${pages} pages, ${pdf.length} bytes, first render ${Math.round(first)} ms, warm ${Math.round(warm)} ms`);
  });
});
