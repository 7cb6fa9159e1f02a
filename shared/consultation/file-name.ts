/**
 * The summary's default file name: `Facet summary - <patient> - <YYYY-MM-DD>.pdf`.
 * Characters that no file system accepts are replaced, so the name works on
 * Windows, macOS and Linux; letters from any alphabet are kept.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Keeps the whole name well inside the 255-byte limit of most file systems, even in Cyrillic or Greek. */
const MAX_NAME_CHARACTERS = 60;

export function safeNamePart(text: string): string {
  // Invisible format characters (right-to-left overrides, zero-width spaces) could disguise the name: dropped.
  let part = text.normalize('NFC').replace(/[\p{Cf}]/gu, '').replace(/\s+/g, ' ').replace(UNSAFE, '-').trim();
  part = part.replace(/^[.\s-]+|[.\s]+$/g, '');
  if (WINDOWS_RESERVED.test(part)) part = `${part}-`;
  const characters = [...part];
  if (characters.length > MAX_NAME_CHARACTERS) part = characters.slice(0, MAX_NAME_CHARACTERS).join('').trim();
  return part || 'patient';
}

export function summaryFileName(patientName: string, date: string): string {
  return `Facet summary - ${safeNamePart(patientName)} - ${date}.pdf`;
}
