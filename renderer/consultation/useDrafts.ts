import { useState } from 'react';
import type { DraftList } from '../../shared/consultation/model';
import { useFacetApi } from '../api-context';
import { firstAnswer } from '../first-answers';
import { useLoaded, type Loaded } from '../useLoaded';
import { useConsultation } from './ConsultationContext';

/** Unfinished consultations saved on this computer, asked again whenever the open consultation changes (one ended, one resumed). */
export function useDrafts(): Loaded<DraftList> {
  const api = useFacetApi();
  const { consultation } = useConsultation();
  const [answered] = useState(() => firstAnswer(api, 'consultations.list'));
  return useLoaded(() => api.consultations.list(), [api, consultation], answered);
}
