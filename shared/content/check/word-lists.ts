/**
 * The words the content check looks for in patient-facing text. A clinic adds
 * its own in pack.yaml (`checkWords`); these are Facet's, for UK clinics.
 * An entry ending in * matches any ending ("rejuvenat*": rejuvenate, rejuvenation).
 */

/**
 * Medical words a patient may not know. Each must be explained where it is
 * first used in a field (in brackets, after a comma or dash, or with "called").
 */
export const JARGON = [
  'hyaluronic acid',
  'hyaluronidase',
  'off-label',
  'prescriber',
  'collagen',
  'lidocaine',
  'neuromuscular',
  'nasolabial',
  'glabellar',
  'ptosis',
  'occlusion',
  'necrosis',
  'anaphylaxis',
  'aminoglycoside*',
  'MHRA',
  'Yellow Card',
] as const;

/** Latin names of muscles: for the practitioner's notes, not for the patient. */
export const PRACTITIONER_TERMS = [
  'frontalis',
  'corrugator',
  'procerus',
  'orbicularis',
  'nasalis',
  'mentalis',
  'platysma',
  'depressor anguli oris',
  'DAO',
  'masseter',
] as const;

/**
 * Brands of prescription-only medicines and of fillers. UK law (Human Medicines
 * Regulations 2012, reg 284; CAP Code rule 12.12) bars promoting
 * prescription-only medicines to the public, and naming a brand is promotion.
 */
export const BRANDS = [
  'Botox',
  'Bocouture',
  'Dysport',
  'Azzalure',
  'Xeomin',
  'Vistabel',
  'Letybo',
  'Alluzience',
  'Relfydess',
  'Daxxify',
  'Allergan',
  'Galderma',
  'Merz',
  'Juvederm',
  'Juvéderm',
  'Restylane',
  'Belotero',
  'Teosyal',
  'Radiesse',
  'Sculptra',
  'Profhilo',
] as const;

/** Words that sell rather than inform (ASA guidance on cosmetic interventions). */
export const PROMOTIONAL = [
  'youthful',
  'rejuvenat*',
  'amazing',
  'astonishing',
  'stunning',
  'flawless',
  'perfect',
  'miracle*',
  'guarantee*',
  'painless',
  'risk-free',
  'revolutionary',
  'look younger',
  'turn back the clock',
  'anti-ageing',
  'anti-aging',
  'special offer',
  'discount*',
  'limited time',
] as const;

/** One name for one thing: the words to use, and the others to avoid in patient text. */
export const PREFERRED_TERMS: readonly { use: string; avoid: readonly string[] }[] = [
  { use: 'recovery time', avoid: ['downtime'] },
  { use: 'nose-to-mouth line', avoid: ['nasolabial fold*', 'nose-to-mouth fold*', 'smile line*', 'laughter line*'] },
];

/** A case-insensitive whole-word pattern for a list entry. */
export function termPattern(term: string): RegExp {
  const wildcard = term.endsWith('*');
  const body = (wildcard ? term.slice(0, -1) : term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[- ]');
  const upper = term === term.toUpperCase() && /[A-Z]/.test(term);
  // Acronyms match only in capitals, so "DAO" does not flag "dao" inside another word's spelling.
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${wildcard ? '[\\p{L}]*' : 's?'}(?![\\p{L}\\p{N}])`, upper ? 'gu' : 'giu');
}
