import { z } from 'zod';

/** The app's settings, persisted by main/services/settings. */
export const PAPER_SIZES = ['A4', 'LETTER'] as const;

const fields = {
  paperSize: z.enum(PAPER_SIZES),
  /** Unfinished consultations older than this many days are deleted at start. */
  retentionDays: z.number().int().min(1).max(90),
  /** Facet's own switch, on top of the system's reduced-motion setting. */
  reducedMotion: z.boolean(),
};

export const Settings = z.strictObject(fields);
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { paperSize: 'A4', retentionDays: 7, reducedMotion: false };

/** A change to some settings; the rest stay as they are. */
export const SettingsPatch = z.strictObject({
  paperSize: fields.paperSize.optional(),
  retentionDays: fields.retentionDays.optional(),
  reducedMotion: fields.reducedMotion.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;
