import { z } from 'zod';
import { ClinicFile, Disclaimer, LineCause, PackFile, Product, RegionTreatment, Slide, Treatment } from './schema';

/**
 * The content pack as the app uses it: files validated, cross-references
 * checked, two-sided regions expanded into `<id>-left` / `<id>-right`, and
 * images read into data URLs (the renderer loads nothing from disk).
 */

export const Side = z.enum(['left', 'right']);
export type Side = z.infer<typeof Side>;

export const Region = z.strictObject({
  /** The id the face diagram uses: `crows-feet-left`, `forehead`. */
  id: z.string(),
  /** The id written in regions.yaml, shared by both sides: `crows-feet`. */
  baseId: z.string(),
  side: Side.nullable(),
  /** The display name, with the side when there is one: "Crow's feet (left)". */
  name: z.string(),
  /** The name without the side. */
  baseName: z.string(),
  lines: z.array(LineCause),
  causes: z.string(),
  treatments: z.array(RegionTreatment),
});
export type Region = z.infer<typeof Region>;

export const ContentPack = z.strictObject({
  meta: PackFile,
  clinic: ClinicFile,
  treatments: z.array(Treatment),
  regions: z.array(Region),
  slides: z.array(Slide),
  disclaimers: z.array(Disclaimer),
  /** The clinic's catalogue, each product belonging to a treatment in the pack. */
  products: z.array(Product),
  /** Pack-relative image path -> data URL, for every image the content uses. */
  images: z.record(z.string(), z.string()),
});
export type ContentPack = z.infer<typeof ContentPack>;

export const ContentProblem = z.strictObject({
  file: z.string(),
  /** 1-based line in the file, when the problem can be pinned to one. */
  line: z.number().int().positive().nullable(),
  /** Where in the file: `regions[3].treatments[0]`, or '' for the whole file. */
  path: z.string(),
  message: z.string(),
  /** Which copy of the file: the clinic's override or the built-in pack. */
  origin: z.enum(['override', 'built-in']),
  /** error: the file (or image) was not used; warning: used, but worth fixing. */
  severity: z.enum(['error', 'warning']),
  /** wording: a finding of the content check (plain language, brands, safety information); the text is used as written. */
  category: z.enum(['wording']).optional(),
});
export type ContentProblem = z.infer<typeof ContentProblem>;

export const ContentLoadResult = z.strictObject({
  /** null only when even the built-in pack could not be loaded. */
  pack: ContentPack.nullable(),
  problems: z.array(ContentProblem),
  /** Which files came from the clinic's override folder. */
  overridden: z.array(z.string()),
  /** Changes on every load, so the renderer can tell a reload happened. */
  revision: z.number().int().nonnegative(),
});
export type ContentLoadResult = z.infer<typeof ContentLoadResult>;
