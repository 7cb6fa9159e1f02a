import type { Slide } from '../content/schema';

/**
 * Everything Facet must know about each kind of slide, outside its view:
 * how many steps the presenter reveals, which ids it names (checked against
 * the pack when content loads), which pack images it shows, and its patient
 * text (for the content check). The view of each kind is in
 * renderer/deck/slide-views.tsx. Both are mapped types over the kinds in
 * content/schema.ts, so a new kind is not done until the compiler has been
 * given every entry: a new slide kind touches the schema, this file, the view
 * registry, and its view component.
 */
export type SlideKind = Slide['kind'];
export type SlideOf<K extends SlideKind> = Extract<Slide, { kind: K }>;

/** Looks ids up in the pack while it is built; an unknown id is reported at `path` and answers false. */
export interface SlideReferences {
  treatment(id: string, path: (string | number)[]): boolean;
  region(id: string, path: (string | number)[]): boolean;
  /** Every treatment, for a slide whose own list named none that exist. */
  allTreatments: readonly string[];
}

/** One patient-facing field of a slide: where it is (under the slide) and its texts. */
export interface SlideText {
  field: string;
  values: readonly (string | undefined)[];
  role?: 'name' | 'label';
}

export interface SlideKindFacts<S extends Slide> {
  steps(slide: S): number;
  /** The slide with ids the pack does not have dropped (each reported through `refs`). */
  resolve(slide: S, refs: SlideReferences, at: (string | number)[]): S;
  /** Pack images it shows, with the field that names each. */
  images(slide: S): { field: string; image: string }[];
  patientText(slide: S): SlideText[];
}

const unchanged = <S extends Slide>(slide: S): S => slide;
const noImages = (): { field: string; image: string }[] => [];

/** Known treatments of a list, or every treatment when none of them is known. */
function knownTreatments(ids: readonly string[], refs: SlideReferences, at: (string | number)[]): string[] {
  const known = ids.filter((id, i) => refs.treatment(id, [...at, 'treatments', i]));
  return known.length > 0 ? known : [...refs.allTreatments];
}

export const SLIDE_KINDS: { [K in SlideKind]: SlideKindFacts<SlideOf<K>> } = {
  title: {
    steps: () => 1,
    resolve: unchanged,
    images: noImages,
    patientText: (slide) => [{ field: 'subtitle', values: [slide.subtitle], role: 'name' }],
  },
  bullets: {
    steps: (slide) => slide.bullets.length,
    resolve: unchanged,
    images: (slide) => (slide.image ? [{ field: 'image', image: slide.image }] : []),
    patientText: (slide) => [
      { field: 'bullets', values: slide.bullets },
      { field: 'imageAlt', values: [slide.imageAlt], role: 'name' },
    ],
  },
  comparison: {
    steps: (slide) => slide.rows.length,
    resolve: (slide, refs, at) => ({
      ...slide,
      columns: slide.columns.map((column, c) =>
        column.treatment && !refs.treatment(column.treatment, [...at, 'columns', c, 'treatment']) ? { title: column.title } : column,
      ),
    }),
    images: noImages,
    patientText: (slide) => [
      { field: 'columns', values: slide.columns.map((c) => c.title), role: 'name' },
      { field: 'rows', values: slide.rows.flatMap((row) => [row.label, ...row.cells]) },
    ],
  },
  mechanism: {
    steps: (slide) => slide.steps.length,
    resolve: unchanged,
    images: noImages,
    patientText: (slide) => [
      { field: 'steps', values: slide.steps.map((step) => step.caption) },
      { field: 'labels', values: Object.values(slide.labels), role: 'label' },
    ],
  },
  timeline: {
    steps: (slide) => slide.treatments.length,
    resolve: (slide, refs, at) => ({ ...slide, treatments: knownTreatments(slide.treatments, refs, at) }),
    images: noImages,
    patientText: (slide) => [{ field: 'caption', values: [slide.caption] }],
  },
  face: {
    steps: () => 1,
    resolve: (slide, refs, at) => {
      const { treatment, regions } = slide.highlight;
      const keepTreatment = treatment === undefined || refs.treatment(treatment, [...at, 'highlight', 'treatment']);
      const keptRegions = regions?.filter((r, i) => refs.region(r, [...at, 'highlight', 'regions', i]));
      return { ...slide, highlight: { ...(keepTreatment && treatment ? { treatment } : {}), ...(keptRegions ? { regions: keptRegions } : {}) } };
    },
    images: noImages,
    patientText: (slide) => [{ field: 'caption', values: [slide.caption] }],
  },
  questions: {
    steps: (slide) => slide.items.length,
    resolve: unchanged,
    images: noImages,
    patientText: (slide) => [{ field: 'items', values: slide.items }],
  },
  suitability: {
    steps: (slide) => slide.treatments.length,
    resolve: (slide, refs, at) => ({ ...slide, treatments: knownTreatments(slide.treatments, refs, at) }),
    images: noImages,
    patientText: (slide) => [{ field: 'caption', values: [slide.caption] }],
  },
  disclaimers: {
    steps: () => 1,
    resolve: unchanged,
    images: noImages,
    patientText: () => [],
  },
};

/** The facts of this slide's kind (one cast, where TypeScript cannot follow the kind from value to entry). */
export function factsOf<S extends Slide>(slide: S): SlideKindFacts<S> {
  return SLIDE_KINDS[slide.kind] as unknown as SlideKindFacts<S>;
}
