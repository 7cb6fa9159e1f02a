import { isMap, isPair, isScalar, type Document, type LineCounter } from 'yaml';
import type { z } from 'zod';
import { formatPath } from '../../../shared/content/problem-format';
import { FILE_SCHEMAS, type ContentFile, type ParsedFiles } from '../../../shared/content/schema';
import { readPlainFile, resolveInside } from './open-inside';
import { parseYaml } from './yaml';

/**
 * Reads one content file and validates it, turning every failure into a
 * problem that names the file, the line and the field.
 */

/** Content files are short text; anything larger is a mistake (a pasted video, a wrong file). */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

/** A file of garbage can break every line: the first problems say enough, and a list of thousands would swamp the page. */
const MAX_PROBLEMS_PER_FILE = 20;

export interface FileProblem {
  line: number | null;
  path: string;
  message: string;
}

export type ReadResult<F extends ContentFile> =
  | { status: 'missing' }
  | { status: 'invalid'; problems: FileProblem[] }
  | { status: 'ok'; data: ParsedFiles[F]; lineOf: (fieldPath: readonly (string | number)[]) => number | null };

export async function readContentFile<F extends ContentFile>(dir: string, file: F): Promise<ReadResult<F>> {
  const resolved = await resolveInside(dir, file);
  if (!resolved.ok) {
    if (resolved.reason === 'missing') return { status: 'missing' };
    if (resolved.reason === 'outside') return invalid('is a link to a file outside the content folder');
    return invalid('could not be read (check that Facet is allowed to open it)');
  }
  const read = await readPlainFile(resolved.realPath, MAX_CONTENT_FILE_BYTES);
  if (!read.ok) {
    switch (read.reason) {
      case 'missing':
        return { status: 'missing' };
      case 'folder':
        return invalid('is a folder, not a file');
      case 'not-plain':
        // A pipe or device named like a content file would hang or never end: only plain files are read.
        return invalid('is not a plain file');
      case 'too-big':
        return invalid(`is ${formatSize(read.size)}; a content file can be at most ${formatSize(MAX_CONTENT_FILE_BYTES)}`);
      default:
        return invalid('could not be read (check that Facet is allowed to open it)');
    }
  }

  const text = decodeText(read.bytes);
  if (text === null) return invalid('is not a text file (save it as plain UTF-8 text)');

  const parsedYaml = parseYaml(text);
  if (!parsedYaml.ok) return { status: 'invalid', problems: capped(parsedYaml.problems.map((p) => ({ ...p, path: '' }))) };
  const { document, lineCounter } = parsedYaml;
  if (document.contents === null) return invalid('is empty');

  const lineOf = (fieldPath: readonly (string | number)[]) => lineOfPath(document, lineCounter, fieldPath);
  let raw: unknown;
  try {
    raw = document.toJS({ maxAliasCount: 50 });
  } catch {
    // Aliases that expand too far (a "billion laughs" file) are refused, not followed.
    return invalid('uses too many YAML aliases (& and *)');
  }
  const parsed = (FILE_SCHEMAS[file] as z.ZodType).safeParse(raw);
  if (!parsed.success) {
    return {
      status: 'invalid',
      problems: capped(parsed.error.issues.map((issue) => describeIssue(issue, raw, lineOf))),
    };
  }
  return { status: 'ok', data: parsed.data as ParsedFiles[F], lineOf };
}

function capped(problems: FileProblem[]): FileProblem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
  const more = problems.length - MAX_PROBLEMS_PER_FILE;
  return [...problems.slice(0, MAX_PROBLEMS_PER_FILE), { line: null, path: '', message: `and ${more} more problem${more === 1 ? '' : 's'} in this file` }];
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown, lineOf: (p: readonly (string | number)[]) => number | null): FileProblem {
  const issuePath = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const value = valueAt(raw, issuePath);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const plural = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).map((k) => `"${k}"`).join(', ')})` : '';
    return { line: lineOf([...issuePath, key]), path: formatPath(issuePath), message: `unknown field "${key}"${plural}` };
  }
  if (issue.code === 'invalid_type' && value === undefined) {
    return { line: lineOf(issuePath), path: formatPath(issuePath), message: 'is required but missing' };
  }
  return { line: lineOf(issuePath), path: formatPath(issuePath), message: plainMessage(issue, value) };
}

function valueAt(root: unknown, fieldPath: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of fieldPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** zod's messages, in words a clinic manager can act on. */
function plainMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') return `should be ${article(issue.expected)}, not ${describeValue(value)}`;
  if (issue.code === 'invalid_value') return `should be one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    return 'has an unknown "kind"';
  }
  return issue.message;
}

function article(expected: string): string {
  const names: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a set of fields' };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return 'text';
  return typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'true/false' : typeof value;
}

/** The line of the deepest node on `fieldPath` that exists (a missing field points at its parent). */
function lineOfPath(document: Document, lineCounter: LineCounter, fieldPath: readonly (string | number)[]): number | null {
  for (let depth = fieldPath.length; depth >= 0; depth -= 1) {
    const prefix = fieldPath.slice(0, depth);
    const parent = prefix.length > 0 ? document.getIn(prefix.slice(0, -1), true) : null;
    const key = prefix.at(-1);
    // Prefer the key's line for a map entry: that is where the clinic will look.
    if (isMap(parent) && key !== undefined) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      const range = pair && isScalar(pair.key) ? pair.key.range : null;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    const node = prefix.length === 0 ? document.contents : document.getIn(prefix, true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return null;
}

function decodeText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function invalid(message: string): { status: 'invalid'; problems: FileProblem[] } {
  return { status: 'invalid', problems: [{ line: null, path: '', message: `this file ${message}` }] };
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
}
