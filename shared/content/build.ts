import type { ContentPack, Region } from './pack';
import type { ContentFile, ParsedFiles, RegionEntry } from './schema';
import { factsOf, type SlideReferences } from '../deck/slide-kinds';

/**
 * Turns seven validated files into one pack: expands two-sided regions and
 * checks every reference between files. A broken reference never reaches
 * the screen: it is reported and left out, so the pack is always safe to draw.
 */

export interface ReferenceProblem {
  file: ContentFile;
  path: (string | number)[];
  message: string;
}

/** Which files each file refers to, so a bad override can be traced to its cause. */
export const FILE_DEPENDENCIES: Record<ContentFile, readonly ContentFile[]> = {
  'pack.yaml': [],
  'clinic.yaml': ['treatments.yaml'],
  'disclaimers.yaml': [],
  'treatments.yaml': ['pack.yaml'],
  'regions.yaml': ['treatments.yaml', 'pack.yaml'],
  'slides.yaml': ['treatments.yaml', 'regions.yaml', 'pack.yaml'],
  'products.yaml': ['treatments.yaml'],
};

export function expandRegions(entries: readonly RegionEntry[], sideNames: { left: string; right: string }): Region[] {
  return entries.flatMap((entry): Region[] => {
    const shared = { baseId: entry.id, baseName: entry.name, lines: entry.lines, causes: entry.causes, treatments: entry.treatments };
    if (!entry.sides) return [{ ...shared, id: entry.id, side: null, name: entry.name }];
    return entry.sides.map((side) => ({ ...shared, id: `${entry.id}-${side}`, side, name: `${entry.name} (${sideNames[side]})` }));
  });
}

const quoteList = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');

class ReferenceChecker {
  readonly problems: ReferenceProblem[] = [];

  constructor(private readonly file: ContentFile) {}

  /** Reports repeated ids; returns the set of ids. */
  unique(items: readonly { id: string }[], listPath: (string | number)[], what: string): Set<string> {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) this.report([...listPath, index, 'id'], `${what} id "${item.id}" is used more than once`);
      seen.add(item.id);
    });
    return seen;
  }

  /** True when `id` is known; otherwise reports it. */
  known(id: string, known: Set<string>, path: (string | number)[], what: string): boolean {
    if (known.has(id)) return true;
    this.report(path, `unknown ${what} "${id}" (known: ${quoteList(known)})`);
    return false;
  }

  report(path: (string | number)[], message: string): void {
    this.problems.push({ file: this.file, path, message });
  }
}

export interface BuildOptions {
  /** Which files are Facet's built-in copies rather than the clinic's own. */
  builtIn?: ReadonlySet<ContentFile>;
}

export function buildPack(
  files: ParsedFiles,
  images: Record<string, string>,
  options: BuildOptions = {},
): { pack: ContentPack; problems: ReferenceProblem[] } {
  /**
   * The built-in catalogue and reflection times cover the built-in treatments. A
   * clinic with its own treatments.yaml (a toxin-only clinic, its own ids) must
   * not lose that file because built-in products name a treatment it lacks:
   * those are left out quietly. The clinic's own files are always checked.
   */
  const leavesOutQuietly = (file: ContentFile) => (options.builtIn?.has(file) ?? false) && !(options.builtIn?.has('treatments.yaml') ?? false);
  const knownTreatment = (check: ReferenceChecker, file: ContentFile, id: string, path: (string | number)[]) =>
    leavesOutQuietly(file) ? treatmentIds.has(id) : check.known(id, treatmentIds, path, 'treatment');

  const { sources, sideNames } = files['pack.yaml'];

  const packCheck = new ReferenceChecker('pack.yaml');
  const sourceIds = packCheck.unique(sources, ['sources'], 'source');

  const clinicCheck = new ReferenceChecker('clinic.yaml');
  clinicCheck.unique(files['clinic.yaml'].practitioners, ['practitioners'], 'practitioner');

  const disclaimerCheck = new ReferenceChecker('disclaimers.yaml');
  disclaimerCheck.unique(files['disclaimers.yaml'].disclaimers, ['disclaimers'], 'disclaimer');

  const treatmentCheck = new ReferenceChecker('treatments.yaml');
  const treatmentEntries = files['treatments.yaml'].treatments;
  const treatmentIds = treatmentCheck.unique(treatmentEntries, ['treatments'], 'treatment');
  const treatments = treatmentEntries.map((treatment, t) => ({
    ...treatment,
    sources: treatment.sources.filter((source, s) => treatmentCheck.known(source, sourceIds, ['treatments', t, 'sources', s], 'source')),
  }));

  treatmentEntries.forEach((treatment, t) => {
    if (treatment.screening) treatmentCheck.unique(treatment.screening, ['treatments', t, 'screening'], 'screening question');
  });

  const clinic = files['clinic.yaml'];
  const reflectionDays = Object.fromEntries(
    Object.entries(clinic.reflection.days).filter(([treatment]) => knownTreatment(clinicCheck, 'clinic.yaml', treatment, ['reflection', 'days', treatment])),
  );

  const productCheck = new ReferenceChecker('products.yaml');
  const productEntries = files['products.yaml'].products;
  productCheck.unique(productEntries, ['products'], 'product');
  const products = dedupeById(
    productEntries.filter((product, p) => knownTreatment(productCheck, 'products.yaml', product.treatment, ['products', p, 'treatment'])),
  );

  const regionCheck = new ReferenceChecker('regions.yaml');
  const regionEntries = files['regions.yaml'].regions.map((entry, r) => {
    const seen = new Set<string>();
    const usable = entry.treatments.filter((use, u) => {
      const path = ['regions', r, 'treatments', u, 'treatment'];
      if (!regionCheck.known(use.treatment, treatmentIds, path, 'treatment')) return false;
      if (seen.has(use.treatment)) {
        regionCheck.report(path, `treatment "${use.treatment}" is listed twice for this region`);
        return false;
      }
      seen.add(use.treatment);
      return true;
    });
    if (usable.length === 0 && entry.treatments.length > 0) {
      regionCheck.report(['regions', r, 'treatments'], 'no treatment listed here exists, so this region has nothing to show');
    }
    return { ...entry, treatments: usable };
  });
  const baseIds = regionCheck.unique(regionEntries, ['regions'], 'region');
  const expanded = expandRegions(
    regionEntries.filter((entry) => entry.treatments.length > 0),
    sideNames,
  );
  const expandedIds = new Set(expanded.map((region) => region.id));
  regionEntries.forEach((entry, r) => {
    if (entry.sides && (baseIds.has(`${entry.id}-left`) || baseIds.has(`${entry.id}-right`))) {
      regionCheck.report(['regions', r, 'id'], `region "${entry.id}" has sides, but "${entry.id}-left" or "-right" is also a region id`);
    }
  });
  const regions = dedupeById(expanded);

  const slideCheck = new ReferenceChecker('slides.yaml');
  const slideEntries = files['slides.yaml'].slides;
  slideCheck.unique(slideEntries, ['slides'], 'slide');
  const regionOrBaseIds = new Set([...expandedIds, ...baseIds]);
  const references: SlideReferences = {
    treatment: (id, path) => slideCheck.known(id, treatmentIds, path, 'treatment'),
    region: (id, path) => slideCheck.known(id, regionOrBaseIds, path, 'region'),
    allTreatments: [...treatmentIds],
  };
  const slides = slideEntries.map((slide, s) => factsOf(slide).resolve(slide, references, ['slides', s]));

  const disclaimers = dedupeById(files['disclaimers.yaml'].disclaimers);
  const pack: ContentPack = {
    meta: files['pack.yaml'],
    clinic: { ...clinic, reflection: { ...clinic.reflection, days: reflectionDays } },
    treatments,
    regions,
    slides: withDisclaimersSlide(dedupeById(slides), disclaimers),
    disclaimers,
    products,
    images,
  };
  const problems = [packCheck, clinicCheck, disclaimerCheck, treatmentCheck, productCheck, regionCheck, slideCheck].flatMap((c) => c.problems);
  return { pack, problems };
}

/** The id of the slide Facet adds; a clinic's own slide of kind `disclaimers` takes its place. */
export const ADDED_DISCLAIMERS_SLIDE_ID = 'facet-please-note';

/**
 * Disclaimers marked for the slides must reach the patient even when a clinic's
 * own deck (written before the `disclaimers` slide existed) has no place for them.
 */
function withDisclaimersSlide(slides: ContentPack['slides'], disclaimers: readonly { showOn: readonly string[] }[]): ContentPack['slides'] {
  if (slides.some((slide) => slide.kind === 'disclaimers') || !disclaimers.some((d) => d.showOn.includes('slides'))) return slides;
  if (slides.some((slide) => slide.id === ADDED_DISCLAIMERS_SLIDE_ID)) return slides;
  return [...slides, { id: ADDED_DISCLAIMERS_SLIDE_ID, kind: 'disclaimers', title: 'Please note' }];
}

/** Keeps the first of any repeated id (the repeat has been reported). */
function dedupeById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
