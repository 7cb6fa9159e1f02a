import type { DraftList } from '../../shared/consultation/model';
import { useFacetApi } from '../api-context';
import { useLoaded, type Loaded } from '../useLoaded';
import { useConsultation } from './ConsultationContext';

/** Unfinished consultations saved on this computer, asked again whenever the open consultation changes (one ended, one resumed). */
export function useDrafts(): Loaded<DraftList> {
  const api = useFacetApi();
  const { consultation } = useConsultation();
  return useLoaded(() => api.consultations.list(), [api, consultation]);
}
