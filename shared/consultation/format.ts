// Kept apart from the zod schemas (model.ts) so the renderer can use them without bundling zod.

/**
 * The version of the consultation record's shape, saved with every draft.
 * 2 added the assessment, screening answers, a product and amount per area and
 * the planned date; migrate.ts brings a format-1 draft up to date when it is read.
 */
export const CONSULTATION_FORMAT = 2;

/** "Zoë Ólafsdóttir" -> "ZÓ": the first letters of the first and last words; at most two characters, never more of the name. */
export function initialsOf(name: string): string {
  // NFC first, so a letter typed with a combining accent ("E" + "\u0301") keeps its accent.
  const words = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  return (words.length > 1 ? [words[0]!, words.at(-1)!] : words).map(initialOf).join('');
}

/**
 * One character. Some letters upper-case to several ("ﬃ" -> "FFI", "ß" ->
 * "SS", "ΐ" -> "Ϊ" and an accent): only the first is kept, so initials are
 * always at most two characters (four UTF-16 units) whatever the name.
 */
function initialOf(word: string): string {
  const upper = String.fromCodePoint(word.codePointAt(0)!).toLocaleUpperCase().normalize('NFC');
  return String.fromCodePoint(upper.codePointAt(0)!);
}
