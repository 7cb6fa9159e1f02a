// Kept apart from the zod schemas (model.ts) so the renderer can use them without bundling zod.

/** The version of the consultation record's shape, saved with every draft. */
export const CONSULTATION_FORMAT = 1;

/** "Zoë Ólafsdóttir" -> "ZÓ"; at most two letters, never more of the name. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = [words[0], words.length > 1 ? words.at(-1) : undefined].filter(Boolean).map((w) => [...w!][0]!.toLocaleUpperCase());
  return letters.join('');
}
