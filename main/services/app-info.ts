import { access, constants, stat } from 'node:fs/promises';
import type { AppInfo } from '../../shared/ipc/contract';

export interface AppInfoPorts {
  name: string;
  version: string;
  platform: NodeJS.Platform;
  userDataDir: string;
  /** The OS default, a folder chosen at launch, or a development run's own folder. */
  userDataKind: AppInfo['userData']['kind'];
  /** The folder of the daily log files. */
  logsDir: string;
}

/**
 * Describes the running app without revealing the data folder's path to the
 * renderer. The logs folder is shown: it holds no patient data, and IT needs it.
 */
export async function describeApp(ports: AppInfoPorts): Promise<AppInfo> {
  return {
    name: ports.name,
    version: ports.version,
    platform: knownPlatform(ports.platform),
    userData: {
      kind: ports.userDataKind,
      writable: await isWritable(ports.userDataDir),
    },
    logsFolder: ports.logsDir,
  };
}

function knownPlatform(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'linux' || platform === 'darwin' || platform === 'win32' ? platform : 'other';
}

/** A folder Facet may write in (a file in its place, or no write permission, is not). */
async function isWritable(dir: string): Promise<boolean> {
  try {
    if (!(await stat(dir)).isDirectory()) return false;
    await access(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
