/**
 * Brings a consultation saved in an older format up to the current one. A
 * draft is the practitioner's work, so an old one is upgraded when it is read,
 * never refused. Works on the raw object before the schema parses it; anything
 * that is not an older format is returned as it is, for the schema to judge.
 */
export function migrateConsultation(saved: unknown): unknown {
  if (!isRecord(saved) || saved.format !== 1) return saved;
  return {
    ...saved,
    format: 2,
    // Format 1 recorded who ran the consultation, not whether it was face to face: that stays unconfirmed.
    assessment: { inPerson: false, assessorId: typeof saved.practitionerId === 'string' ? saved.practitionerId : null, prescriberId: null },
    screening: [],
    plannedDate: null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
