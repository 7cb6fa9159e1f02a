import { z } from 'zod';

import { EXPORT_KINDS } from './export/kinds';
import { PAPER_SIZES } from './settings-defaults';

export { DEFAULT_SETTINGS, PAPER_SIZES } from './settings-defaults';

/** The app's settings, persisted by main/services/settings. */

const fields = {
  paperSize: z.enum(PAPER_SIZES),
  /** Unfinished consultations older than this many days are deleted at start. */
  retentionDays: z.number().int().min(1).max(90),
  /** Facet's own switch, on top of the system's reduced-motion setting. */
  reducedMotion: z.boolean(),
  /** Each kind once, at least one. */
  exportKinds: z
    .array(z.enum(EXPORT_KINDS))
    .min(1)
    .max(EXPORT_KINDS.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'each kind once'),
};

export const Settings = z.strictObject(fields);
export type Settings = z.infer<typeof Settings>;


/** A change to some settings; the rest stay as they are. */
export const SettingsPatch = z.strictObject({
  paperSize: fields.paperSize.optional(),
  retentionDays: fields.retentionDays.optional(),
  reducedMotion: fields.reducedMotion.optional(),
  exportKinds: fields.exportKinds.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;
