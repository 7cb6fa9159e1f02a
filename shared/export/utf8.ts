/** Bytes a code point takes in UTF-8 (a lone surrogate counts as the 3 bytes it is written with). */
export function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** The UTF-8 bytes of a string (shared/ has no TextEncoder: it sees neither the DOM nor Node). */
export function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const length = utf8Length(cp);
    if (length === 1) {
      bytes.push(cp);
      continue;
    }
    const lead = [0, 0, 0xc0, 0xe0, 0xf0][length]!;
    bytes.push(lead | (cp >> (6 * (length - 1))));
    for (let shift = 6 * (length - 2); shift >= 0; shift -= 6) bytes.push(0x80 | ((cp >> shift) & 0x3f));
  }
  return Uint8Array.from(bytes);
}
