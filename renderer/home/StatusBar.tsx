import type { AppInfo } from '../../shared/ipc/contract';
import type { AppInfoState } from './useAppInfo';

const PLATFORM_NAMES = { linux: 'Linux', darwin: 'macOS', win32: 'Windows', other: 'this system' } as const;

const DATA_FOLDER_NAMES: Record<AppInfo['userData']['kind'], string> = {
  default: 'standard',
  custom: 'chosen',
  development: 'development',
};

/** A quiet line at the bottom: version, system and whether Facet can save its data. */
export function StatusBar({ appInfo }: { appInfo: AppInfoState }) {
  return (
    <footer className="status-bar" aria-live="polite">
      {appInfo.status === 'loading' && <span>Starting…</span>}
      {appInfo.status === 'failed' && (
        <span className="status-problem" role="alert">
          {appInfo.message}
        </span>
      )}
      {appInfo.status === 'ready' && (
        <>
          <span>
            {appInfo.info.name} {appInfo.info.version}
          </span>
          <span aria-hidden="true">·</span>
          <span>{PLATFORM_NAMES[appInfo.info.platform]}</span>
          <span aria-hidden="true">·</span>
          {appInfo.info.userData.writable ? (
            <span>Saving to the {DATA_FOLDER_NAMES[appInfo.info.userData.kind]} data folder</span>
          ) : (
            <span className="status-problem" role="alert">
              Facet cannot save to its data folder. Ask your IT contact to check its permissions.
            </span>
          )}
        </>
      )}
    </footer>
  );
}
