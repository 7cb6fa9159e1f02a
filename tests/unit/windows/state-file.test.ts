import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../main/services/log';
import { windowStateFile } from '../../../main/services/windows/state-file';
import { makeTempDir } from '../../fixtures/temp-dirs';

const folder = () => makeTempDir('facet-window-state-');

describe('the window’s saved place', () => {
  it('is written and read back', async () => {
    const file = path.join(folder(), 'window-state.json');
    const state = windowStateFile(file, createLogger(() => undefined));

    await state.write({ bounds: { x: 10, y: 20, width: 1200, height: 700 }, maximized: true });

    await expect(state.read()).resolves.toEqual({ bounds: { x: 10, y: 20, width: 1200, height: 700 }, maximized: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ maximized: true });
  });

  it('is ignored, with a log line, when the file is not a saved place', async () => {
    const file = path.join(folder(), 'window-state.json');
    writeFileSync(file, JSON.stringify({ bounds: { x: 'left' }, maximized: 'yes' }));
    const lines: string[] = [];

    await expect(windowStateFile(file, createLogger((line) => lines.push(line))).read()).resolves.toBeNull();
    expect(lines.join('\n')).toContain('window-state.invalid');
  });

  it('is missing on first start: no error', async () => {
    await expect(windowStateFile(path.join(folder(), 'none.json'), createLogger(() => undefined)).read()).resolves.toBeNull();
  });

  it('failing to write costs nothing but a log line (a read-only data folder)', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'blocked'), 'a file where the folder should be');
    const lines: string[] = [];

    await expect(
      windowStateFile(path.join(dir, 'blocked', 'window-state.json'), createLogger((line) => lines.push(line))).write({ bounds: { x: 0, y: 0, width: 1, height: 1 }, maximized: false }),
    ).resolves.toBeUndefined();
    expect(lines.join('\n')).toContain('window-state.unsaved');
  });
});
