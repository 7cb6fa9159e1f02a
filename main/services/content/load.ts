import { readdir } from 'node:fs/promises';
import { buildPack, FILE_DEPENDENCIES, type ReferenceProblem } from '../../../shared/content/build';
import { checkContent, type CheckReport } from '../../../shared/content/check';
import type { ContentLoadResult, ContentProblem } from '../../../shared/content/pack';
import { formatPath, formatProblem } from '../../../shared/content/problem-format';
import { parseProse } from '../../../shared/content/prose';
import { factsOf } from '../../../shared/deck/slide-kinds';
import { DISTINCT_TREATMENT_STYLES } from '../../../shared/face/treatment-style';
import { CONTENT_FILES, type ContentFile, type ParsedFiles } from '../../../shared/content/schema';
import { accentPalette } from '../../../shared/ui/colour';
import { readSvgLogo } from '../summary-pdf/svg-logo';
import { createImageReader, MAX_TOTAL_IMAGE_BYTES } from './images';
import { formatSize, isNotFound, readContentFile, type FileProblem, type ReadResult } from './read-file';

export interface ContentFolders {
  /** The pack that ships with the app. */
  builtIn: string;
  /** The clinic's folder: a file here replaces the built-in file of the same name. */
  override: string | null;
}

type Origin = ContentProblem['origin'];
interface UsableFile {
  origin: Origin;
  data: ParsedFiles[ContentFile];
  lineOf: (fieldPath: readonly (string | number)[]) => number | null;
}
type Chosen = { [F in ContentFile]: UsableFile };

/**
 * Loads the pack: each file from the override folder when it is valid there,
 * else the built-in one. A broken override is reported and the built-in
 * version stands in, so a typo in a clinic's edit never stops a consultation.
 */
export async function loadContent(folders: ContentFolders, revision = 0): Promise<ContentLoadResult> {
  return (await loadAndCheckContent(folders, revision)).result;
}

export interface CheckedContent {
  result: ContentLoadResult;
  /** The content check's report on the files in use; null when no pack could be made. */
  check: CheckReport | null;
}

/** loadContent, also giving the content check's full report (grades per file) for `npm run content:check`. */
export async function loadAndCheckContent(folders: ContentFolders, revision = 0): Promise<CheckedContent> {
  const problems: ContentProblem[] = [];
  const report = (file: string, origin: Origin, severity: ContentProblem['severity'], p: FileProblem) =>
    problems.push({ file, origin, severity, line: p.line, path: p.path, message: p.message });

  const [builtIns, overrides] = await Promise.all([
    readAll(folders.builtIn),
    folders.override ? readAll(folders.override) : Promise.resolve(null),
  ]);

  const chosen: Partial<Chosen> = {};
  const builtInUsable: Partial<Chosen> = {};
  for (const file of CONTENT_FILES) {
    const builtIn = builtIns[file];
    if (builtIn.status === 'ok') builtInUsable[file] = { origin: 'built-in', data: builtIn.data, lineOf: builtIn.lineOf };
    const override = overrides?.[file];
    if (override?.status === 'ok') {
      chosen[file] = { origin: 'override', data: override.data, lineOf: override.lineOf };
      continue;
    }
    if (override?.status === 'invalid') override.problems.forEach((p) => report(file, 'override', 'error', p));
    if (builtIn.status === 'ok') chosen[file] = builtInUsable[file];
    else if (builtIn.status === 'invalid') builtIn.problems.forEach((p) => report(file, 'built-in', 'error', p));
    else report(file, 'built-in', 'error', { line: null, path: '', message: 'this file is missing from the built-in content' });
  }
  if (folders.override) problems.push(...(await unknownOverrideFiles(folders.override)));

  if (!CONTENT_FILES.every((file) => chosen[file])) {
    return { result: { pack: null, problems, overridden: [], revision }, check: null };
  }
  const files = chosen as Chosen;

  revertOverridesThatBreakReferences(files, builtInUsable, problems);
  problems.push(...proseProblems(files));
  const { images, problems: imageProblems } = await loadImages(files, folders);
  problems.push(...imageProblems);

  const { pack, problems: remaining } = buildPack(dataOf(files), images, { builtIn: builtInFiles(files) });
  for (const problem of remaining) problems.push(referenceProblem(files, problem, 'warning'));
  const accent = accentPalette(pack.clinic.accentColour);
  if (accent.adjusted) {
    problems.push(
      referenceProblem(
        files,
        { file: 'clinic.yaml', path: ['accentColour'], message: `this colour is too light for white text to be read on it; Facet uses the darker ${accent.accent} instead` },
        'warning',
      ),
    );
  }
  if (pack.treatments.length > DISTINCT_TREATMENT_STYLES) {
    problems.push(
      referenceProblem(
        files,
        {
          file: 'treatments.yaml',
          path: ['treatments'],
          message: `there are ${pack.treatments.length} treatments, but the face diagram can mark only ${DISTINCT_TREATMENT_STYLES} with a colour and pattern of their own; some will look alike`,
        },
        'warning',
      ),
    );
  }
  // The check reads the files as written (before sides are expanded), so its paths find their lines.
  const check = checkContent(dataOf(files));
  for (const finding of check.findings) problems.push({ ...referenceProblem(files, finding, 'warning'), category: 'wording' });
  const overridden = CONTENT_FILES.filter((file) => files[file].origin === 'override');
  return { result: { pack, problems, overridden, revision }, check };
}

async function readAll(dir: string) {
  const results = await Promise.all(CONTENT_FILES.map((file) => readContentFile(dir, file).catch(unreadable)));
  return Object.fromEntries(CONTENT_FILES.map((file, i) => [file, results[i]!])) as {
    [F in ContentFile]: Awaited<ReturnType<typeof readContentFile<F>>>;
  };
}

/** A read that threw (a bug, not a bad file): still only this file's problem. */
function unreadable(error: unknown): ReadResult<ContentFile> {
  return { status: 'invalid', problems: [{ line: null, path: '', message: `this file could not be read (${errorText(error)})` }] };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);

const builtInFiles = (files: Chosen) => new Set(CONTENT_FILES.filter((file) => files[file].origin === 'built-in'));

const dataOf = (files: Chosen) =>
  Object.fromEntries(CONTENT_FILES.map((file) => [file, files[file].data])) as ParsedFiles;

function referenceProblem(files: Chosen, problem: ReferenceProblem, severity: ContentProblem['severity']): ContentProblem {
  const file = files[problem.file];
  return {
    file: problem.file,
    origin: file.origin,
    severity,
    line: file.lineOf(problem.path),
    path: formatPath(problem.path),
    message: problem.message,
  };
}

/**
 * When an override file refers to something that does not exist (or removes
 * something the other files need), the built-in file is used in its place.
 */
function revertOverridesThatBreakReferences(files: Chosen, builtIns: Partial<Chosen>, problems: ContentProblem[]): void {
  for (let round = 0; round < CONTENT_FILES.length; round += 1) {
    const referenceProblems = buildPack(dataOf(files), {}, { builtIn: builtInFiles(files) }).problems;
    const reverted = new Set<ContentFile>();
    for (const problem of referenceProblems) {
      const culprits =
        files[problem.file].origin === 'override'
          ? [problem.file]
          : FILE_DEPENDENCIES[problem.file].filter((dep) => files[dep].origin === 'override');
      for (const culprit of culprits) {
        if (!builtIns[culprit] || reverted.has(culprit)) continue;
        const detail = culprit === problem.file ? referenceProblem(files, problem, 'error') : null;
        problems.push(
          detail ?? {
            file: culprit,
            origin: 'override',
            severity: 'error',
            line: null,
            path: '',
            message: `other content needs what this file removed: ${formatProblem({ ...referenceProblem(files, problem, 'error'), line: null })}`,
          },
        );
        reverted.add(culprit);
      }
    }
    if (reverted.size === 0) return;
    for (const file of reverted) files[file] = builtIns[file]!;
  }
}

/** Warnings from Markdown prose: HTML, links, tables and remote images are left out. */
function proseProblems(files: Chosen): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of CONTENT_FILES) {
    walkStrings(files[file].data, [], (value, fieldPath) => {
      if (!/[<[\]|]/.test(value)) return;
      for (const message of proseOf(value)?.warnings ?? ['this text could not be read as Markdown']) {
        problems.push(referenceProblem(files, { file, path: fieldPath, message }, 'warning'));
      }
    });
  }
  return problems;
}

/** The schema has parsed every prose field already, so this cannot throw; if it ever does, it stays this field's problem. */
function proseOf(value: string) {
  try {
    return parseProse(value);
  } catch {
    return null;
  }
}

async function loadImages(files: Chosen, folders: ContentFolders) {
  const references: { file: ContentFile; path: (string | number)[]; image: string }[] = [];
  const logo = files['clinic.yaml'].data as ParsedFiles['clinic.yaml'];
  if (logo.logo) references.push({ file: 'clinic.yaml', path: ['logo'], image: logo.logo });
  (files['slides.yaml'].data as ParsedFiles['slides.yaml']).slides.forEach((slide, s) => {
    for (const { field, image } of factsOf(slide).images(slide)) references.push({ file: 'slides.yaml', path: ['slides', s, field], image });
  });
  for (const file of CONTENT_FILES) {
    walkStrings(files[file].data, [], (value, fieldPath) => {
      if (value.includes('![')) for (const image of proseOf(value)?.images ?? []) references.push({ file, path: fieldPath, image });
    });
  }

  const read = createImageReader(folders.override ? [folders.override, folders.builtIn] : [folders.builtIn]);
  const images: Record<string, string> = {};
  const problems: ContentProblem[] = [];
  const warn = (reference: (typeof references)[number], message: string) =>
    problems.push(referenceProblem(files, { file: reference.file, path: reference.path, message }, 'warning'));
  let sent = 0;
  for (const reference of references) {
    if (reference.image in images) continue;
    const result = await read(reference.image);
    if (!result.ok) {
      warn(reference, `${result.message}; it is left out`);
    } else if (sent + result.bytes.length > MAX_TOTAL_IMAGE_BYTES) {
      warn(reference, `the image "${reference.image.slice(0, 80)}" is left out: the content's images add up to more than ${formatSize(MAX_TOTAL_IMAGE_BYTES)}`);
    } else {
      sent += result.bytes.length;
      images[reference.image] = result.dataUrl;
      if (reference === references[0] && logo.logo && /\.svg$/i.test(logo.logo)) {
        const svg = readSvgLogo(result.bytes.toString('utf8'));
        if (!svg.ok) warn(reference, `the patient's summary cannot draw this logo (${svg.reason}), so it shows the clinic's name there instead`);
      }
    }
  }
  return { images, problems };
}

function walkStrings(value: unknown, fieldPath: (string | number)[], visit: (text: string, fieldPath: (string | number)[]) => void): void {
  if (typeof value === 'string') visit(value, fieldPath);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...fieldPath, i], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...fieldPath, key], visit);
  }
}

/** Files in the override folder that Facet does not read: usually a misspelt name. */
async function unknownOverrideFiles(dir: string): Promise<ContentProblem[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return [];
    return [{ file: '(content folder)', origin: 'override', severity: 'error', line: null, path: '', message: 'the content folder could not be read' }];
  }
  const known = new Set<string>(CONTENT_FILES);
  return entries
    .filter((name) => !known.has(name) && name !== 'images' && !name.startsWith('.') && !/^readme/i.test(name))
    .map((name) => {
      const similar = CONTENT_FILES.find((file) => file.slice(0, 5) === name.toLowerCase().slice(0, 5));
      return {
        file: name,
        origin: 'override' as const,
        severity: 'warning' as const,
        line: null,
        path: '',
        message: `Facet does not use this file${similar ? `; did you mean ${similar}?` : ''}`,
      };
    });
}
