import type { Consultation } from '../consultation/model';
import { buildPlan, type Plan } from '../consultation/plan';
import type { ContentPack, Region } from '../content/pack';
import { formatLongDate, type IsoDate } from '../summary/dates';
import { dateLocale } from '../summary/model';
import type { BundleEntry, Reference, Resource } from './fhir-types';
import { nameBasedUuid } from './uuid';
import { FHIR_WORDS } from './fhir-wording';

/** What every part of the FHIR export is built from: worked out once per export. */
export interface ExportContext {
  consultation: Consultation;
  pack: ContentPack;
  plan: Plan;
  regions: ReadonlyMap<string, Region>;
  /** The entry's fullUrl for a named part of this consultation's export ("Patient", "Condition/lips"). */
  url: (part: string) => string;
  /** A date written out in the pack's language: "24 November 2026". */
  long: (date: IsoDate) => string;
}

export function exportContext(consultation: Consultation, pack: ContentPack): ExportContext {
  const locale = dateLocale(pack.meta.locale);
  // Each part is named many times (every reference to it); its UUID is worked out once.
  const urls = new Map<string, string>();
  const url = (part: string) => urls.get(part) ?? urls.set(part, `urn:uuid:${nameBasedUuid(consultation.id, part)}`).get(part)!;
  return {
    consultation,
    pack,
    plan: buildPlan(consultation, pack),
    regions: new Map(pack.regions.map((r) => [r.id, r])),
    url,
    long: (date) => formatLongDate(date, locale),
  };
}

export const ref = (fullUrl: string): Reference => ({ reference: fullUrl });

/** A bundle entry whose resource id is its fullUrl's UUID, as FHIR asks of urn:uuid: entries. */
export function entry(fullUrl: string, resourceType: string, elements: Record<string, unknown>): BundleEntry {
  const resource: Resource = { resourceType, id: fullUrl.slice('urn:uuid:'.length), ...elements };
  return { fullUrl, resource };
}

/** The area's name from the pack, or its id when the pack no longer has it (the export still names every planned area). */
export const areaName = (ctx: ExportContext, regionId: string) => ctx.regions.get(regionId)?.name ?? regionId;

/** The area and what causes its lines: "Frown lines between the brows (lines from movement)". */
export function concernName(ctx: ExportContext, regionId: string): string {
  const causes = (ctx.regions.get(regionId)?.lines ?? []).map((line) => ctx.pack.meta.lineCauseNames[line].toLowerCase());
  return FHIR_WORDS.concern(areaName(ctx, regionId), causes.join(', '));
}

/** Keeps the first of each key: an area added twice is one area, as on the face and in the summary. */
export function firstOfEach<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
