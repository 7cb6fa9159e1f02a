import type { InkDrawings } from '../ink/stroke';
import type { AmountRange, Assessment, Concern, Consultation, Patient, ScreeningAnswer } from './model';
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
  | { type: 'setDate'; date: string; at: string }
  | { type: 'setAssessment'; assessment: Partial<Assessment>; at: string }
  /** null clears the answer (and any reason given with it). */
  | { type: 'answerScreening'; questionId: string; answer: ScreeningAnswer['answer'] | null; at: string }
  | { type: 'setProceedReason'; questionId: string; reason: string; at: string }
  | { type: 'setProduct'; regionId: string; productId: string | null; at: string }
  | { type: 'setAmount'; regionId: string; amount: AmountRange | null; at: string }
  | { type: 'setPlannedDate'; date: string | null; at: string }
  /** The drawings over slides and the face, as the ink layer holds them (shared/ink/stroke.ts edits them). */
  | { type: 'setDrawings'; drawings: InkDrawings; at: string }
  | { type: 'setDrawingsInSummary'; include: boolean; at: string };

export interface NewConsultation {
  id: string;
  patient: Patient;
  practitionerId: string;
  date: string;
  at: string;
}

export function createConsultation({ id, patient, practitionerId, date, at }: NewConsultation): Consultation {
  return {
    format: CONSULTATION_FORMAT,
    id,
    createdAt: at,
    updatedAt: at,
    date,
    patient,
    practitionerId,
    concerns: [],
    notes: '',
    // The practitioner running the consultation assesses unless they say otherwise; face to face is confirmed, never assumed.
    assessment: { inPerson: false, assessorId: practitionerId, prescriberId: null },
    screening: [],
    plannedDate: null,
  };
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
    case 'setAssessment':
      return updated({ assessment: { ...state.assessment, ...action.assessment } });
    case 'answerScreening': {
      const others = state.screening.filter((a) => a.questionId !== action.questionId);
      const previous = state.screening.find((a) => a.questionId === action.questionId);
      if (action.answer === null) return updated({ screening: others });
      // A reason stays with the question when the answer changes back and forth: it was typed, so it is kept.
      const reason = previous?.proceedReason !== undefined ? { proceedReason: previous.proceedReason } : {};
      return updated({ screening: [...others, { questionId: action.questionId, answer: action.answer, ...reason }] });
    }
    case 'setProceedReason':
      return state.screening.some((a) => a.questionId === action.questionId)
        ? updated({ screening: state.screening.map((a) => (a.questionId === action.questionId ? { ...a, proceedReason: action.reason } : a)) })
        : state;
    case 'setProduct':
      return mapConcern(action.regionId, ({ productId: _dropped, ...c }) => (action.productId === null ? c : { ...c, productId: action.productId }));
    case 'setAmount':
      return mapConcern(action.regionId, ({ amount: _dropped, ...c }) => (action.amount === null ? c : { ...c, amount: action.amount }));
    case 'setPlannedDate':
      return updated({ plannedDate: action.date });
    case 'setDrawings':
      return updated({ drawings: action.drawings });
    case 'setDrawingsInSummary':
      return updated({ drawingsInSummary: action.include });
  }
}
