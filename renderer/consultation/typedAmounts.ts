/**
 * Amounts as typed, by consultation and area, kept for the session while
 * they cannot be read as an amount: the consultation holds only amounts
 * that parse, so without this a practitioner who opens the face diagram and
 * comes back would find what they typed gone. Only ever an amount's text.
 */
const typed = new Map<string, string>();

const key = (consultationId: string, regionId: string) => `${consultationId}:${regionId}`;

export function typedAmount(consultationId: string, regionId: string): string | undefined {
  return typed.get(key(consultationId, regionId));
}

/** Remembers text that could not be read; `undefined` forgets it (it parsed, or the field is empty). */
export function rememberTypedAmount(consultationId: string, regionId: string, text: string | undefined): void {
  if (text === undefined) typed.delete(key(consultationId, regionId));
  else typed.set(key(consultationId, regionId), text);
}
