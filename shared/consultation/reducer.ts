import type { Concern, Consultation, Patient } from './model';
import { CONSULTATION_FORMAT } from './format';

/**
 * Changes to the open consultation, as data. Each action carries the time it
 * happened (`at`, ISO), so the reducer stays pure and `updatedAt` is exact.
 */
export type ConsultationAction =
  | { type: 'toggleConcern'; regionId: string; defaultTreatment: string | null; at: string }
  | { type: 'removeConcern'; regionId: string; at: string }
  | { type: 'planTreatment'; regionId: string; treatmentId: string | null; at: string }
  | { type: 'setConcernNote'; regionId: string; note: string; at: string }
  | { type: 'setNotes'; notes: string; at: string }
  | { type: 'setPatient'; patient: Patient; at: string }
  | { type: 'setPractitioner'; practitionerId: string; at: string }
  | { type: 'setDate'; date: string; at: string };

export interface NewConsultation {
  id: string;
  patient: Patient;
  practitionerId: string;
  date: string;
  at: string;
}

export function createConsultation({ id, patient, practitionerId, date, at }: NewConsultation): Consultation {
  return { format: CONSULTATION_FORMAT, id, createdAt: at, updatedAt: at, date, patient, practitionerId, concerns: [], notes: '' };
}

export function consultationReducer(state: Consultation, action: ConsultationAction): Consultation {
  const updated = (changes: Partial<Consultation>): Consultation => ({ ...state, ...changes, updatedAt: action.at });
  const mapConcern = (regionId: string, change: (concern: Concern) => Concern) =>
    state.concerns.some((c) => c.regionId === regionId)
      ? updated({ concerns: state.concerns.map((c) => (c.regionId === regionId ? change(c) : c)) })
      : state;

  switch (action.type) {
    case 'toggleConcern':
      return state.concerns.some((c) => c.regionId === action.regionId)
        ? updated({ concerns: state.concerns.filter((c) => c.regionId !== action.regionId) })
        : updated({ concerns: [...state.concerns, { regionId: action.regionId, plannedTreatment: action.defaultTreatment, note: '' }] });
    case 'removeConcern':
      return state.concerns.some((c) => c.regionId === action.regionId)
        ? updated({ concerns: state.concerns.filter((c) => c.regionId !== action.regionId) })
        : state;
    case 'planTreatment':
      return mapConcern(action.regionId, (c) => ({ ...c, plannedTreatment: action.treatmentId }));
    case 'setConcernNote':
      return mapConcern(action.regionId, (c) => ({ ...c, note: action.note }));
    case 'setNotes':
      return updated({ notes: action.notes });
    case 'setPatient':
      return updated({ patient: action.patient });
    case 'setPractitioner':
      return updated({ practitionerId: action.practitionerId });
    case 'setDate':
      return updated({ date: action.date });
  }
}
