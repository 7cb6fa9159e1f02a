import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseDataFolders, DEVELOPMENT_FOLDER_NAME } from '../../main/data-folders';

const appData = path.resolve('/home/clinic/.config');

describe('where Facet keeps its data and logs', () => {
  it('an installed app uses the OS defaults', () => {
    expect(chooseDataFolders({ env: {}, isPackaged: true, appData })).toEqual({ userData: null, logs: null, kind: 'default' });
  });

  it('a development run never uses the clinic’s own data folder', () => {
    const folders = chooseDataFolders({ env: {}, isPackaged: false, appData });

    expect(folders.userData).toBe(path.join(appData, DEVELOPMENT_FOLDER_NAME));
    expect(folders.userData).not.toBe(path.join(appData, 'Facet'));
    expect(folders.logs).toBe(path.join(appData, DEVELOPMENT_FOLDER_NAME, 'logs'));
    expect(folders.kind).toBe('development');
  });

  it('a chosen folder wins, packaged or not, with its logs inside it', () => {
    for (const isPackaged of [true, false]) {
      const folders = chooseDataFolders({ env: { FACET_USER_DATA_DIR: 'clinic-data' }, isPackaged, appData });
      expect(folders).toEqual({ userData: path.resolve('clinic-data'), logs: path.resolve('clinic-data', 'logs'), kind: 'custom' });
    }
  });
});
