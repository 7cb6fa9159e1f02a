import { useCallback, useState } from 'react';
import type { ExportKind } from '../../shared/export/kinds';
import type { ExportedFile } from '../../shared/ipc/contract';
import { useFacetApi } from '../api-context';
import { DONE, outcomeOf, type Outcome } from '../outcome';
import { useConsultation } from './ConsultationContext';

export type ExportState =
  | { status: 'idle' }
  | { status: 'exporting' }
  | { status: 'saved'; folderName: string; files: ExportedFile[] }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

const NOT_SAVED_FIRST = 'The consultation could not be saved first, so nothing was exported. Try again.';

/**
 * The consultation's exports: saves the consultation first (main makes the
 * files from what is on disk), asks main to write the chosen kinds into one
 * folder, and opens a file it wrote. The screen gets states and outcomes,
 * never channels.
 */
export function useExports(consultationId: string | null) {
  const api = useFacetApi();
  const { flush } = useConsultation();
  const [state, setState] = useState<ExportState>({ status: 'idle' });

  const write = useCallback(
    async (kinds: ExportKind[]) => {
      if (!consultationId || kinds.length === 0) return;
      setState({ status: 'exporting' });
      if (!(await flush()).ok) {
        setState({ status: 'failed', message: NOT_SAVED_FIRST });
        return;
      }
      const result = await api.exports.write({ id: consultationId, kinds });
      if (!result.ok) setState({ status: 'failed', message: result.error.message });
      else setState(result.value.status === 'saved' ? { status: 'saved', folderName: result.value.folderName, files: result.value.files } : { status: 'cancelled' });
    },
    [api, consultationId, flush],
  );

  const open = useCallback(
    async (file: ExportedFile): Promise<Outcome> => {
      const result = await api.exports.open({ exportId: file.exportId });
      if (!result.ok) return outcomeOf(result);
      return result.value.opened ? DONE : { ok: false, message: 'The system could not open the file. It is saved where you chose; open it from there.' };
    },
    [api],
  );

  return { state, write, open };
}
