import type { ContentFile, ParsedFiles } from '../schema';
import { CONTENT_FILES } from '../schema';
import { patientTexts, type PatientText } from './patient-text';
import { gradeOf, readability, type Readability } from './readability';
import { BRANDS, JARGON, PRACTITIONER_TERMS, PREFERRED_TERMS, PROMOTIONAL, termPattern } from './word-lists';

/**
 * The content check: is every patient-facing field plain, informative and
 * complete? It runs in `npm run content:check` (and so in npm test, on the
 * built-in pack) and on every load, where its findings are warnings on the
 * Content screen: the content is still used, but a clinic sees the same
 * guidance Facet's own text is held to.
 */

/** The highest Flesch–Kincaid grade a patient-facing field should read at (about a reading age of 12). */
export const MAX_GRADE = 7;
/** Below this many words a grade says more about one long word than about the text, so it is not given. */
export const MIN_GRADED_WORDS = 10;

export type FindingKind = 'reading-grade' | 'jargon' | 'practitioner-term' | 'brand' | 'promotional' | 'wording' | 'missing';

export interface Finding {
  file: ContentFile;
  path: (string | number)[];
  kind: FindingKind;
  message: string;
}

export interface FileGrade {
  file: ContentFile;
  /** The grade of all the file's graded patient text read together; null when it has none. */
  grade: number | null;
  words: number;
  /** Fields given a grade, and the hardest of them. */
  gradedFields: number;
  hardest: { path: (string | number)[]; grade: number } | null;
}

export interface CheckReport {
  findings: Finding[];
  grades: FileGrade[];
}

const quote = (text: string) => `“${text}”`;

/** Patterns are made once per term, not once per field: a pack has hundreds of fields. */
const patterns = new Map<string, RegExp>();
function compiled(term: string): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    pattern = termPattern(term);
    // A clinic's own words come and go with its edits; keep the cache from growing without end.
    if (patterns.size > 500) patterns.clear();
    patterns.set(term, pattern);
  }
  return pattern;
}

/** Each time a term from the list first appears in a field. */
function firstUses(texts: readonly string[], terms: readonly string[]): { term: string; text: string; index: number; match: string }[] {
  const found: { term: string; text: string; index: number; match: string }[] = [];
  for (const term of terms) {
    const pattern = compiled(term);
    for (const text of texts) {
      pattern.lastIndex = 0;
      const match = pattern.exec(text);
      if (match) {
        found.push({ term, text, index: match.index, match: match[0] });
        break;
      }
    }
  }
  return found;
}

/**
 * Explained: in brackets ("the muscle (the frontalis)"), followed by an
 * explanation ("hyaluronic acid, a gel…", "off-label: …", "prescriber (…)",
 * "… is …", "… means …") or introduced by "called" / "known as".
 */
export function isExplained(text: string, index: number, match: string): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  const after = text.slice(index + match.length);
  const insideBrackets = before.lastIndexOf('(') > before.lastIndexOf(')');
  return (
    insideBrackets ||
    /^\s*(\(|,\s|:\s|\s?[–—]\s|\s(is|are|means)\s)/.test(after) ||
    /\b(called|known as|named)\s+(the\s+|an?\s+)?$/i.test(before)
  );
}

function wordFindings(unit: PatientText, extra: { avoid: readonly string[]; jargon: readonly string[] }): Finding[] {
  const findings: Finding[] = [];
  const at = (kind: FindingKind, message: string) => findings.push({ file: unit.file, path: unit.path, kind, message });
  const checksTerms = unit.role !== 'source';
  for (const use of unit.role === 'prose' || unit.role === 'name' ? firstUses(unit.texts, [...JARGON, ...extra.jargon]) : []) {
    if (!isExplained(use.text, use.index, use.match)) {
      at('jargon', `${quote(use.match)} may be new to a patient: explain it where it is first used here, for example in brackets`);
    }
  }
  for (const use of checksTerms ? firstUses(unit.texts, PRACTITIONER_TERMS) : []) {
    at('practitioner-term', `${quote(use.match)} is a Latin muscle name: keep it for the practitioner’s notes and use plain words here`);
  }
  for (const use of firstUses(unit.texts, BRANDS)) {
    at('brand', `${quote(use.match)} is a brand name: patient text should name the medicine (botulinum toxin, hyaluronic acid filler), not a brand`);
  }
  for (const use of firstUses(unit.texts, [...PROMOTIONAL, ...extra.avoid])) {
    at('promotional', `${quote(use.match)} sells rather than informs: describe what happens instead`);
  }
  for (const { use, avoid } of checksTerms ? PREFERRED_TERMS : []) {
    for (const found of firstUses(unit.texts, avoid)) at('wording', `${quote(found.match)}: call this ${quote(use)} everywhere, so it has one name`);
  }
  return findings;
}

/** Safety information a summary needs, where the content model leaves it optional. */
function missingFindings(files: ParsedFiles): Finding[] {
  const findings: Finding[] = [];
  files['treatments.yaml'].treatments.forEach((treatment, t) => {
    if (!treatment.emergency || treatment.emergency.length === 0) {
      findings.push({
        file: 'treatments.yaml',
        path: ['treatments', t],
        kind: 'missing',
        message: `${treatment.name} has no emergency signs (emergency): the summary cannot say when to call 999`,
      });
    }
    const discussed = { alternatives: 'the other options discussed', ifUnhappyWithResult: 'what can be done if the patient does not like the result' } as const;
    for (const [field, what] of Object.entries(discussed) as [keyof typeof discussed, string][]) {
      if (!treatment[field]) {
        findings.push({ file: 'treatments.yaml', path: ['treatments', t], kind: 'missing', message: `${treatment.name} has no ${field}: the clinician’s copy cannot list ${what}` });
      }
    }
  });
  if (!files['clinic.yaml'].phone) {
    findings.push({ file: 'clinic.yaml', path: [], kind: 'missing', message: 'no phone numbers (phone: day and outOfHours): the summary cannot say how to reach the clinic' });
  }
  if (!files['disclaimers.yaml'].disclaimers.some((d) => d.showOn.includes('first-page'))) {
    findings.push({
      file: 'disclaimers.yaml',
      path: [],
      kind: 'missing',
      message: 'no disclaimer is shown on the first page of the summary (showOn: first-page), where the plan and dates are',
    });
  }
  return findings;
}

export function checkContent(files: ParsedFiles): CheckReport {
  const units = patientTexts(files);
  const extra = files['pack.yaml'].checkWords;
  const findings: Finding[] = [];
  const scored: Scored[] = [];
  for (const unit of units) {
    if (unit.role === 'prose') {
      const score = readability(unit.texts);
      scored.push({ unit, score });
      if (score.words >= MIN_GRADED_WORDS && score.grade > MAX_GRADE) {
        findings.push({
          file: unit.file,
          path: unit.path,
          kind: 'reading-grade',
          message: `reads at grade ${score.grade.toFixed(1)}; aim for ${MAX_GRADE} or lower with shorter sentences and shorter words`,
        });
      }
    }
    findings.push(...wordFindings(unit, extra));
  }
  findings.push(...missingFindings(files));
  return { findings, grades: CONTENT_FILES.map((file) => fileGrade(file, scored)) };
}

interface Scored {
  unit: PatientText;
  score: Readability;
}

/** A file's grade from its fields' counts (the grade of all its text read together), and its hardest field. */
function fileGrade(file: ContentFile, scored: readonly Scored[]): FileGrade {
  const inFile = scored.filter((s) => s.unit.file === file);
  const total = inFile.reduce((sum, { score }) => ({ words: sum.words + score.words, sentences: sum.sentences + score.sentences, syllables: sum.syllables + score.syllables }), {
    words: 0,
    sentences: 0,
    syllables: 0,
  });
  const graded = inFile.filter((s) => s.score.words >= MIN_GRADED_WORDS);
  const hardest = graded.reduce<Scored | null>((max, s) => (max === null || s.score.grade > max.score.grade ? s : max), null);
  return {
    file,
    grade: total.words > 0 ? gradeOf(total) : null,
    words: total.words,
    gradedFields: graded.length,
    hardest: hardest ? { path: hardest.unit.path, grade: hardest.score.grade } : null,
  };
}
