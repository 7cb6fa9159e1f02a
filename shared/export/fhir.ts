import type { Consultation } from '../consultation/model';
import type { ContentPack } from '../content/pack';
import { SYSTEMS } from './fhir-codes';
import { composition } from './fhir-composition';
import { exportContext } from './fhir-context';
import { buildParties } from './fhir-parties';
import { areaConditions, carePlan } from './fhir-plan';
import type { DocumentBundle } from './fhir-types';
import { nameBasedUuid } from './uuid';

export type { BundleEntry, CodeableConcept, DocumentBundle, Reference, Resource } from './fhir-types';

export interface FhirExportOptions {
  /** When the document is put together: Bundle.timestamp. */
  generatedAt: Date;
}

/**
 * The consultation as a FHIR R4 document (docs/fhir.md): a Bundle of type
 * "document" whose first entry is the Composition, then the Patient, the
 * Encounter, the practitioners, the clinic, the areas discussed (Conditions)
 * and the proposed plan (CarePlan). Pure: the same consultation, pack and
 * time give the same bundle, and nothing is logged.
 *
 * The bundle's identifier changes whenever the consultation does (a new
 * version of the document); the resources' ids stay the same, so a records
 * system can tell a later export of the same consultation from a new one.
 */
export function buildFhirBundle(consultation: Consultation, pack: ContentPack, options: FhirExportOptions): DocumentBundle {
  const ctx = exportContext(consultation, pack);
  const parties = buildParties(ctx);
  const conditions = areaConditions(ctx, parties);
  const plan = carePlan(ctx, parties, conditions);
  const bundleId = nameBasedUuid(consultation.id, `Bundle/${consultation.updatedAt}`);
  return {
    resourceType: 'Bundle',
    id: bundleId,
    identifier: { system: SYSTEMS.uri, value: `urn:uuid:${bundleId}` },
    type: 'document',
    timestamp: options.generatedAt.toISOString(),
    entry: [composition(ctx, parties, conditions, plan), ...parties.entries, ...conditions.entries, ...(plan ? [plan] : [])],
  };
}
