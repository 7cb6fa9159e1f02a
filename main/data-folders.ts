import path from 'node:path';

/**
 * Where Facet keeps its data and logs. A clinic may choose a folder
 * (FACET_USER_DATA_DIR; tests use it too). A development run (`npm start`,
 * `npm run dev`: an unpackaged app) never touches the clinic's real data: it
 * gets its own folder beside it. Logs live under a chosen or development
 * folder; otherwise in the OS's usual logs folder. null means "the OS default".
 */
export interface DataFolders {
  userData: string | null;
  logs: string | null;
  kind: 'default' | 'custom' | 'development';
}

export const DEVELOPMENT_FOLDER_NAME = 'Facet (development)';

export function chooseDataFolders(options: { env: NodeJS.ProcessEnv; isPackaged: boolean; appData: string }): DataFolders {
  const chosen = options.env.FACET_USER_DATA_DIR;
  if (chosen) {
    const userData = path.resolve(chosen);
    return { userData, logs: path.join(userData, 'logs'), kind: 'custom' };
  }
  if (!options.isPackaged) {
    const userData = path.join(options.appData, DEVELOPMENT_FOLDER_NAME);
    return { userData, logs: path.join(userData, 'logs'), kind: 'development' };
  }
  return { userData: null, logs: null, kind: 'default' };
}
