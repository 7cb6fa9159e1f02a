import { useFacetApi } from '../api-context';
import { failed, DONE, type Outcome } from '../outcome';
import { useLoaded, type Loaded } from '../useLoaded';
import type { StorageStatus } from '../../shared/ipc/contract';

/** How drafts are protected on this computer (the keychain, or a key stored unprotected). */
export function useStorageStatus(): Loaded<StorageStatus> {
  const api = useFacetApi();
  return useLoaded(() => api.consultations.status(), [api]);
}

const NOT_OPENED = 'Facet could not open the logs folder. Copy its location above and open it in your file manager.';

/** Where the daily log files are, and opening that folder for the clinic's IT contact. */
export function useLogsFolder(): { folder: Loaded<string>; open(): Promise<Outcome> } {
  const api = useFacetApi();
  const info = useLoaded(() => api.app.info(), [api]);
  const folder: Loaded<string> = info.status === 'ready' ? { status: 'ready', value: info.value.logsFolder } : info;
  const open = async () => {
    const result = await api.logs.openFolder();
    return result.ok && result.value.opened ? DONE : failed(NOT_OPENED);
  };
  return { folder, open };
}
