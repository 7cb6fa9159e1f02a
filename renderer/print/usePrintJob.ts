import { useCallback, useEffect, useState } from 'react';
import { useFacetApi } from '../api-context';
import { useLoaded } from '../useLoaded';

/** The print job this page draws (slide ids and strokes), and how it tells main it has drawn, or could not. */
export function usePrintJob(jobId: string) {
  const api = useFacetApi();
  const job = useLoaded(() => api.print.job({ jobId }), [api, jobId]);
  const reportDrawn = useCallback((drawn: boolean) => void api.print.ready({ jobId, drawn }), [api, jobId]);
  return { job, reportDrawn };
}

/** The job in the page's URL first, then each job main gives the print window it kept open (`print.next`). */
export function useCurrentPrintJob(firstJob: string): string {
  const api = useFacetApi();
  const [jobId, setJobId] = useState(firstJob);
  useEffect(() => api.print.onNext((next) => setJobId(next.jobId)), [api]);
  return jobId;
}
