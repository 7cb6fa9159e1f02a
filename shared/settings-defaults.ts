// Kept apart from the zod schemas (settings.ts) so the renderer can use them without bundling zod.

import type { ExportKind } from './export/kinds';

export const PAPER_SIZES = ['A4', 'LETTER'] as const;

export interface SettingsValues {
  paperSize: (typeof PAPER_SIZES)[number];
  retentionDays: number;
  reducedMotion: boolean;
  /** What the export writes, as last chosen. */
  exportKinds: ExportKind[];
}

export const DEFAULT_SETTINGS: SettingsValues = { paperSize: 'A4', retentionDays: 7, reducedMotion: false, exportKinds: ['patientSummary'] };
