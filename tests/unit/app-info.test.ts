import { describe, expect, it } from 'vitest';
import { describeApp } from '../../main/services/app-info';
import { makeTempDir } from '../fixtures/temp-dirs';

const base = { name: 'Facet', version: '1.2.3', platform: 'linux' as const, userDataKind: 'default' as const, logsDir: '/home/clinic/.config/Facet/logs' };

describe('describeApp', () => {
  it('reports name, version, platform and a writable default data folder', async () => {
    const userDataDir = makeTempDir('facet-userdata-');

    await expect(describeApp({ ...base, userDataDir })).resolves.toEqual({
      name: 'Facet',
      version: '1.2.3',
      platform: 'linux',
      userData: { kind: 'default', writable: true },
      logsFolder: '/home/clinic/.config/Facet/logs',
    });
  });

  it('reports a custom data folder that cannot be written', async () => {
    const info = await describeApp({ ...base, userDataDir: '/nonexistent/facet', userDataKind: 'custom' });

    expect(info.userData).toEqual({ kind: 'custom', writable: false });
  });

  it('folds unusual platforms into "other" and never reveals the folder path', async () => {
    const info = await describeApp({ ...base, platform: 'freebsd', userDataDir: '/tmp' });

    expect(info.platform).toBe('other');
    expect(JSON.stringify(info)).not.toContain('/tmp');
  });
});
