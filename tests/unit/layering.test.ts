import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the import rule between layers', () => {
  it.each([
    ['renderer/feature/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/feature/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['renderer/feature/x.ts', "import { handle } from '../../main/ipc';"],
    ['shared/x.ts', "import path from 'path';"],
    ['shared/x.ts', "import type { App } from '../renderer/App';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['main/services/x.ts', "import { app } from 'electron';"],
    ['main/ipc.ts', "import { ipcMain } from 'electron';"],
    ['main/x.ts', "import { App } from '../renderer/App';"],
    ['main/services/deep/x.ts', "import { App } from '../../../renderer/App';"],
    ['shared/x.ts', "import { handle } from '../main/ipc';"],
  ])('fails %s importing: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['renderer/feature/x.ts', "import { buildFacetApi } from '../../shared/ipc/api';"],
    ['main/window.ts', "import { BrowserWindow } from 'electron';"],
    ['main/services/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['shared/x.ts', "import { z } from 'zod';"],
    ['shared/face/x.ts', "import type { Point } from './path';"],
    ['main/services/summary-pdf/x.tsx', "import { Document } from '@react-pdf/renderer';"],
  ])('allows %s importing: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});

describe('per-layer type libraries', () => {
  const require = createRequire(import.meta.url);
  const tsc = require.resolve('typescript/bin/tsc');

  function typecheck(layerConfig: string, source: string): string {
    const dir = mkdtempSync(path.join(root, 'tests', '.layer-probe-'));
    writeFileSync(path.join(dir, 'probe.ts'), `${source}\nexport {};\n`);
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: path.join(root, layerConfig), include: ['probe.ts'] }),
    );
    const result = spawnSync(process.execPath, [tsc, '-p', dir, '--noEmit'], { encoding: 'utf8' });
    spawnSync('rm', ['-rf', dir]);
    return result.stdout;
  }

  it('shared/ cannot see the DOM or Node globals', () => {
    const output = typecheck('tsconfig.shared.json', 'document.title = "x";\nprocess.exit(0);');

    expect(output).toMatch(/Cannot find name 'document'/);
    expect(output).toMatch(/Cannot find name 'process'/);
  }, 30_000);

  it('renderer/ sees the DOM but not Node globals', () => {
    const output = typecheck('tsconfig.renderer.json', 'document.title = "x";\nprocess.exit(0);');

    expect(output).not.toMatch(/'document'/);
    expect(output).toMatch(/Cannot find name 'process'/);
  }, 30_000);
});
