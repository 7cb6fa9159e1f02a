import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder's own loader and schema validator: the same checks `electron-builder`
// runs before packaging, but offline and without downloading Electron.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};

const projectDir = path.resolve(import.meta.dirname, '../..');
const debugLogger = { isEnabled: false, add() {} };
const load = () => getConfig(projectDir, path.join(projectDir, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it('passes electron-builder’s configuration validator', async () => {
    await expect(validateConfiguration(await load(), debugLogger)).resolves.toBeUndefined();
  });

  it('would be rejected with an unknown key (the validator is strict)', async () => {
    const config = { ...(await load()), fusez: { runAsNode: false } };

    await expect(validateConfiguration(config, debugLogger)).rejects.toThrow(/unknown property 'fusez'/);
  });

  it('hardens the Electron fuses', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names the app, packs it in asar, ships the content pack and targets every desktop', async () => {
    const config = await load();
    const targets = (platform: string) => (config[platform] as { target: string[] }).target;

    expect(config).toMatchObject({ appId: expect.any(String), productName: 'Facet', asar: true });
    expect(config.extraResources).toEqual(expect.arrayContaining([{ from: 'assets/content', to: 'content' }]));
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
  });

  it('packs the built output that package.json names as its entry point', async () => {
    const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { main: string };
    // The loader normalises `files` into file sets with a filter list.
    const filters = ((await load()).files as { filter: string[] }[]).flatMap((set) => set.filter);

    expect(pkg.main).toBe('out/main/index.js');
    expect(filters).toContain('out/**/*');
    expect(filters).toContain('package.json');
  });
});
