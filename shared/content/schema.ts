import { z } from 'zod';
import { MAX_PROSE_NESTING, parseProse } from './prose';

/**
 * The content pack as a clinic writes it: one YAML file per part, with prose
 * fields written in Markdown (a safe subset, see prose.ts). Objects are strict,
 * so a misspelt field name is reported instead of silently ignored.
 *
 * docs/content.md explains every field with a worked example.
 */

export const CONTENT_FILES = [
  'pack.yaml',
  'clinic.yaml',
  'treatments.yaml',
  'regions.yaml',
  'slides.yaml',
  'disclaimers.yaml',
  'products.yaml',
] as const;
export type ContentFile = (typeof CONTENT_FILES)[number];

const text = z.string().trim().min(1, 'must not be empty');

/**
 * The longest prose field Facet takes, in characters (Markdown marks included), by kind:
 * a few paragraphs of explanation, or one line on a slide. Ten times what the built-in
 * pack uses, and far less than could slow the app down.
 */
export const MAX_PROSE_LENGTH = { paragraphs: 4000, line: 1000 } as const;

const count = (n: number) => n.toLocaleString('en-GB');

/** Why a prose field cannot be used as written, or null. */
function proseProblem(markdown: string, maxLength: number): string | null {
  if (markdown.length > maxLength) return `is ${count(markdown.length)} characters long; this text can be at most ${count(maxLength)} characters`;
  try {
    if (parseProse(markdown).nestedTooDeeply) {
      return `is nested too deeply; Facet shows at most ${MAX_PROSE_NESTING} levels of quotes, lists and emphasis`;
    }
  } catch (error) {
    // The parser is linear and bounded, so this is a bug: still a problem on this field, not a crash.
    return `could not be read as Markdown (${error instanceof Error ? error.message : String(error)})`;
  }
  return null;
}

/** Markdown prose (paragraphs, **bold**, *italic*, lists, images from the pack). */
const prose = (kind: keyof typeof MAX_PROSE_LENGTH) =>
  text.superRefine((markdown, ctx) => {
    const problem = proseProblem(markdown, MAX_PROSE_LENGTH[kind]);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const id = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like "crows-feet"');
const nonEmptyList = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'needs at least one entry');
/** A path to an image inside the pack, such as images/logo.svg. */
const imagePath = z.string().regex(/\.(svg|png|jpe?g|webp)$/i, 'must be an .svg, .png, .jpg or .webp image');

const onsetRange = z
  .strictObject({ min: z.number().min(0).max(60), max: z.number().min(0).max(60) })
  .refine((r) => r.min <= r.max, { message: 'min must not be more than max (days)' });
const fullEffect = z.number().min(0).max(120);

const range = (unit: string, max: number) =>
  z
    .strictObject({ min: z.number().positive().max(max), max: z.number().positive().max(max) })
    .refine((r) => r.min <= r.max, { message: `min must not be more than max (${unit})` });

// pack.yaml ------------------------------------------------------------------

export const Source = z.strictObject({
  id,
  title: text,
  publisher: text.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' }),
});
export type Source = z.infer<typeof Source>;

export const PackFile = z.strictObject({
  name: text,
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code like "en" or "en-GB"'),
  version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'must be a version like "1.0" or "1.2.3"'),
  updated: z.iso.date({ error: 'must be a date like 2026-11-24' }).optional(),
  /** The words used after a region name for its side, e.g. "Crow's feet (left)". */
  sideNames: z.strictObject({ left: text, right: text }).default({ left: 'left', right: 'right' }),
  /** Short labels for what causes lines in a region, shown on the face diagram's panel. */
  lineCauseNames: z
    .strictObject({ dynamic: text, static: text, 'volume-loss': text })
    .default({ dynamic: 'Lines from movement', static: 'Lines at rest', 'volume-loss': 'Loss of volume' }),
  sources: nonEmptyList(Source),
  /** Extra words for the content check to flag in patient text (see docs/content.md, "Checking the wording"). */
  checkWords: z
    // Each word is looked for in every field on every load: a few hundred keep that quick.
    .strictObject({ avoid: z.array(text).max(200, 'at most 200 words').default([]), jargon: z.array(text).max(200, 'at most 200 words').default([]) })
    .default({ avoid: [], jargon: [] }),
});
export type PackFile = z.infer<typeof PackFile>;

// clinic.yaml ----------------------------------------------------------------

export const DEFAULT_REFLECTION_DAYS = 2;
const reflectionDays = z.number().int().min(0).max(60);

export const Practitioner = z.strictObject({
  id,
  name: text,
  role: text.optional(),
  /** May prescribe prescription-only medicines: a plan with botulinum toxin needs one. */
  prescriber: z.boolean().default(false),
});
export type Practitioner = z.infer<typeof Practitioner>;

export const ClinicFile = z.strictObject({
  name: text,
  logo: imagePath.optional(),
  accentColour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#2b6b66"'),
  contact: z.array(text).max(6, 'at most 6 contact lines fit the summary header').default([]),
  /** Printed beside the emergency advice on every treatment page of the summary. */
  phone: z.strictObject({ day: text, outOfHours: text.optional() }).optional(),
  practitioners: nonEmptyList(Practitioner),
  /**
   * Days a patient is given to think between the consultation and treatment. GMC
   * guidance asks for time to reflect without naming a number, so the default is
   * a short, clinic-editable two days rather than a figure presented as a rule.
   */
  reflection: z
    .strictObject({
      defaultDays: reflectionDays.default(DEFAULT_REFLECTION_DAYS),
      /** Per treatment id, where the clinic wants a different time. */
      days: z.record(id, reflectionDays).default({}),
    })
    .default({ defaultDays: DEFAULT_REFLECTION_DAYS, days: {} }),
  /** How the plan's price estimate is worded; it is shown only when products have prices. */
  estimate: z
    .strictObject({
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be a currency code like "GBP"').default('GBP'),
      /** What the estimate covers, one line each, such as "Review appointment about 2 weeks after treatment". */
      includes: z.array(text).max(8, 'at most 8 lines').default([]),
      validDays: z.number().int().min(1).max(365).default(30),
    })
    .default({ currency: 'GBP', includes: [], validDays: 30 }),
});
export type ClinicFile = z.infer<typeof ClinicFile>;

// treatments.yaml --------------------------------------------------------------

export const ScreeningQuestion = z.strictObject({
  /** The same id under two treatments is one question that can rule out both. */
  id,
  question: text,
  /** The answer that rules the treatment out. */
  rulesOutWhen: z.enum(['yes', 'no']).default('yes'),
});
export type ScreeningQuestion = z.infer<typeof ScreeningQuestion>;

export const Treatment = z.strictObject({
  id,
  name: text,
  /** Used in tight places: filter buttons, legend, table cells. */
  shortName: text,
  summary: text,
  howItWorks: prose('paragraphs'),
  whatTreatmentIsLike: prose('paragraphs'),
  /** Days until an effect is usually seen (0 = straight away). */
  onsetDays: onsetRange,
  /** Days until the full effect, when that differs from the onset. */
  fullEffectDays: fullEffect.optional(),
  durationMonths: range('months', 36),
  downtime: text,
  sideEffects: z.strictObject({ common: nonEmptyList(text), rare: nonEmptyList(text) }),
  /** Signs that need 999 or A&E at once (optional for older files; the content check asks for it). */
  emergency: nonEmptyList(text).optional(),
  /** Signs to contact the clinic about the same day. */
  seekHelp: nonEmptyList(text),
  notSuitableFor: nonEmptyList(text),
  /**
   * A prescription-only medicine: a plan with it needs a prescriber and a face-to-face
   * assessment. Left out, only the built-in `toxin` counts as one (see consultation/plan.ts).
   */
  prescriptionOnly: z.boolean().optional(),
  /** The checklist asked at assessment; without it, each notSuitableFor line becomes a question. */
  screening: z.array(ScreeningQuestion).max(20, 'at most 20 questions').optional(),
  aftercare: nonEmptyList(text),
  /**
   * For the clinician's copy ("points discussed"), in clinical words: the other
   * options talked through, and what can be done if the patient does not like
   * the result. Optional, so a clinic's older treatments.yaml still loads; the
   * copy then says the content gives none, and the content check asks for them.
   */
  alternatives: nonEmptyList(text).optional(),
  ifUnhappyWithResult: nonEmptyList(text).optional(),
  /** When a review appointment is usually offered, in days after treatment. */
  reviewAfterDays: z.number().int().min(1).max(120).optional(),
  /** Shortest time between treatments, in days. */
  minimumIntervalDays: z.number().int().min(1).max(730).optional(),
  sources: z.array(id).default([]),
});
export type Treatment = z.infer<typeof Treatment>;

export const TreatmentsFile = z.strictObject({ treatments: nonEmptyList(Treatment) });

// regions.yaml -----------------------------------------------------------------

export const LineCause = z.enum(['dynamic', 'static', 'volume-loss']);
export type LineCause = z.infer<typeof LineCause>;

export const RegionTreatment = z.strictObject({
  treatment: id,
  /** How this treatment helps here, in plain words. */
  how: prose('paragraphs'),
  /** false when the treatment is used here only sometimes. */
  usual: z.boolean().default(true),
  /** Timings in this area, where they differ from the treatment's own. */
  onsetDays: onsetRange.optional(),
  fullEffectDays: fullEffect.optional(),
  durationMonths: range('months', 36).optional(),
});
export type RegionTreatment = z.infer<typeof RegionTreatment>;

export const RegionEntry = z.strictObject({
  id,
  name: text,
  /** Regions the face has two of are written once and become `<id>-left` and `<id>-right`. */
  sides: z.tuple([z.literal('left'), z.literal('right')]).optional(),
  lines: nonEmptyList(LineCause),
  /** What causes lines or changes here. */
  causes: prose('paragraphs'),
  treatments: nonEmptyList(RegionTreatment),
});
export type RegionEntry = z.infer<typeof RegionEntry>;

export const RegionsFile = z.strictObject({ regions: nonEmptyList(RegionEntry) });

// slides.yaml ------------------------------------------------------------------

/**
 * The mechanism animations: how many phases each has (a slide gives one
 * caption per phase) and which parts of its drawing content can label. The
 * views are in renderer/deck/mechanisms/views.ts, a mapped type over these
 * keys, so a new animation is a compile error there until it has one.
 */
export const MECHANISMS = {
  toxin: { phases: 4, labels: ['skin', 'muscle', 'nerve', 'toxin'] },
  filler: { phases: 3, labels: ['skin', 'filler', 'fat'] },
} as const satisfies Record<string, { phases: number; labels: readonly string[] }>;
export type MechanismAnimation = keyof typeof MECHANISMS;
/** Labels older packs may still give, which no drawing shows any more (the filler no longer draws collagen). */
const RETIRED_MECHANISM_LABELS = ['collagen'] as const;
export type MechanismLabel = (typeof MECHANISMS)[MechanismAnimation]['labels'][number];
type AcceptedMechanismLabel = MechanismLabel | (typeof RETIRED_MECHANISM_LABELS)[number];
/** Parts of the mechanism drawings that content can label. */
export const MECHANISM_LABELS: readonly [AcceptedMechanismLabel, ...AcceptedMechanismLabel[]] = [
  ...RETIRED_MECHANISM_LABELS,
  ...new Set(Object.values(MECHANISMS).flatMap((m) => m.labels)),
];

const slideBase = { id, title: text, notes: prose('paragraphs').optional() };

export const TitleSlide = z.strictObject({ ...slideBase, kind: z.literal('title'), subtitle: text.optional() });
export const BulletsSlide = z.strictObject({
  ...slideBase,
  kind: z.literal('bullets'),
  /** Shown one by one as the presenter moves on. */
  bullets: nonEmptyList(prose('line')).max(7, 'at most 7 bullets fit on a slide'),
  image: imagePath.optional(),
  imageAlt: text.optional(),
});
export const ComparisonSlide = z
  .strictObject({
    ...slideBase,
    kind: z.literal('comparison'),
    columns: z.array(z.strictObject({ title: text, treatment: id.optional() })).length(2, 'needs exactly two columns'),
    rows: nonEmptyList(z.strictObject({ label: text, cells: z.array(prose('line')).length(2, 'needs one cell per column') })),
  });
export const MechanismSlide = z
  .strictObject({
    ...slideBase,
    kind: z.literal('mechanism'),
    animation: z.enum(Object.keys(MECHANISMS) as [MechanismAnimation, ...MechanismAnimation[]]),
    steps: nonEmptyList(z.strictObject({ caption: text })),
    /** Words written on the drawing, e.g. { nerve: Nerve, muscle: Muscle }. */
    labels: z.partialRecord(z.enum(MECHANISM_LABELS), text).default({}),
  })
  .superRefine((slide, ctx) => {
    const expected = MECHANISMS[slide.animation].phases;
    if (slide.steps.length !== expected) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: `the ${slide.animation} animation has ${expected} steps; give one caption for each` });
    }
  });
export const TimelineSlide = z.strictObject({
  ...slideBase,
  kind: z.literal('timeline'),
  treatments: nonEmptyList(id),
  /** Length of the shared axis; by default the longest duration, rounded up. */
  axisMonths: z.number().int().min(3).max(36).optional(),
  caption: prose('line').optional(),
});
export const FaceSlide = z.strictObject({
  ...slideBase,
  kind: z.literal('face'),
  highlight: z.strictObject({ treatment: id.optional(), regions: z.array(id).optional() }).default({}),
  caption: prose('line').optional(),
});
export const QuestionsSlide = z.strictObject({
  ...slideBase,
  kind: z.literal('questions'),
  items: nonEmptyList(prose('line')).max(7, 'at most 7 items fit on a slide'),
});

/** Who should not have each treatment, from the treatments' notSuitableFor. */
export const SuitabilitySlide = z.strictObject({
  ...slideBase,
  kind: z.literal('suitability'),
  treatments: nonEmptyList(id),
  caption: prose('line').optional(),
});
/** The disclaimers marked `showOn: slides`; Facet adds one at the end of a deck that has none. */
export const DisclaimersSlide = z.strictObject({ ...slideBase, kind: z.literal('disclaimers') });

export const Slide = z.discriminatedUnion('kind', [
  TitleSlide,
  BulletsSlide,
  ComparisonSlide,
  MechanismSlide,
  TimelineSlide,
  FaceSlide,
  QuestionsSlide,
  SuitabilitySlide,
  DisclaimersSlide,
]);
export type Slide = z.infer<typeof Slide>;
export type SlideKind = Slide['kind'];

export const SlidesFile = z.strictObject({ slides: nonEmptyList(Slide) });

// disclaimers.yaml ---------------------------------------------------------------

export const Disclaimer = z.strictObject({
  id,
  text: prose('paragraphs'),
  /** Where it is shown: the patient's summary (its small print), its first page under the plan, the end of the deck. */
  showOn: nonEmptyList(z.enum(['summary', 'first-page', 'slides'])).default(['summary', 'slides']),
});
export type Disclaimer = z.infer<typeof Disclaimer>;

export const DisclaimersFile = z.strictObject({ disclaimers: nonEmptyList(Disclaimer) });

// products.yaml ------------------------------------------------------------------

export const ProductUnit = z.enum(['units', 'mL']);
export type ProductUnit = z.infer<typeof ProductUnit>;

/** The sensible amount for one area; the plan refuses an amount outside it. */
const amountRange = z
  .strictObject({ min: z.number().positive().max(1000), max: z.number().positive().max(1000) })
  .refine((r) => r.min <= r.max, { message: 'min must not be more than max' });

export const Product = z
  .strictObject({
    id,
    /** As the clinic lists it; printed on the patient's summary, so a generic name, not a brand. */
    name: text,
    treatment: id,
    unit: ProductUnit,
    amountPerArea: amountRange,
    /** mL in one syringe, for mL products: the plan counts syringes with it. */
    syringeMl: z.number().positive().max(20).optional(),
    /** per unit: each unit (or each mL for an mL product); per syringe: each syringe opened; per area: each area treated. */
    price: z.strictObject({ amount: z.number().positive().max(100_000), per: z.enum(['unit', 'syringe', 'area']) }).optional(),
    notes: text.optional(),
  })
  .superRefine((product, ctx) => {
    if (product.syringeMl !== undefined && product.unit !== 'mL') {
      ctx.addIssue({ code: 'custom', path: ['syringeMl'], message: 'only a product measured in mL comes in syringes' });
    }
    if (product.price?.per === 'syringe' && product.syringeMl === undefined) {
      ctx.addIssue({ code: 'custom', path: ['price', 'per'], message: 'a price per syringe needs syringeMl (how many mL one syringe holds)' });
    }
  });
export type Product = z.infer<typeof Product>;

export const ProductsFile = z.strictObject({ products: z.array(Product).default([]) });

export const FILE_SCHEMAS = {
  'pack.yaml': PackFile,
  'clinic.yaml': ClinicFile,
  'treatments.yaml': TreatmentsFile,
  'regions.yaml': RegionsFile,
  'slides.yaml': SlidesFile,
  'disclaimers.yaml': DisclaimersFile,
  'products.yaml': ProductsFile,
} as const satisfies Record<ContentFile, z.ZodType>;

export type ParsedFiles = { [F in ContentFile]: z.infer<(typeof FILE_SCHEMAS)[F]> };
