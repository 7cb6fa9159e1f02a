import { useCallback, useState } from 'react';
import { useFacetApi } from '../api-context';
import { DONE, outcomeOf, type Outcome } from '../outcome';
import { useConsultation } from './ConsultationContext';

export type ExportState =
  | { status: 'idle' }
  | { status: 'exporting' }
  | { status: 'saved'; fileName: string; exportId: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

const NOT_SAVED_FIRST = 'The consultation could not be saved first, so the summary was not made. Try again.';

/**
 * The patient's summary PDF: saves the consultation first (main renders what
 * is on disk), asks main to export it, and opens what was written. The
 * screen gets states and outcomes, never channels.
 */
export function useSummaryExport(consultationId: string | null) {
  const api = useFacetApi();
  const { flush } = useConsultation();
  const [state, setState] = useState<ExportState>({ status: 'idle' });

  const exportPdf = useCallback(async () => {
    if (!consultationId) return;
    setState({ status: 'exporting' });
    if (!(await flush()).ok) {
      setState({ status: 'failed', message: NOT_SAVED_FIRST });
      return;
    }
    const result = await api.summary.export({ id: consultationId });
    if (!result.ok) setState({ status: 'failed', message: result.error.message });
    else setState(result.value.status === 'saved' ? { status: 'saved', fileName: result.value.fileName, exportId: result.value.exportId } : { status: 'cancelled' });
  }, [api, consultationId, flush]);

  const openPdf = useCallback(async (): Promise<Outcome> => {
    if (state.status !== 'saved') return DONE;
    const result = await api.summary.open({ exportId: state.exportId });
    if (!result.ok) return outcomeOf(result);
    return result.value.opened ? DONE : { ok: false, message: 'The system could not open the PDF. It is saved where you chose; open it from there.' };
  }, [api, state]);

  return { state, exportPdf, openPdf };
}
