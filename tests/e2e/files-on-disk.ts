import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under a folder, with its bytes. */
export function filesUnder(dir: string): { file: string; bytes: Buffer }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [{ file: full, bytes: readFileSync(full) }];
  });
}

/** Whether the bytes hold the text, as UTF-8, UTF-16 or a JSON string. */
export const contains = (bytes: Buffer, text: string): boolean =>
  bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le')) || bytes.includes(Buffer.from(JSON.stringify(text).slice(1, -1)));

/** The files under `dir` that hold any of the texts. */
export const filesHolding = (dir: string, texts: readonly string[]): string[] =>
  filesUnder(dir)
    .filter(({ bytes }) => texts.some((text) => contains(bytes, text)))
    .map((f) => f.file);
