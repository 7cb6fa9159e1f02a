import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent, isExplained, MAX_GRADE } from '../../../shared/content/check';
import { readability, syllables } from '../../../shared/content/check/readability';
import { FILE_SCHEMAS, type ContentFile, type ParsedFiles } from '../../../shared/content/schema';
import { builtInText } from '../../fixtures/content-folders';

/** The built-in files, parsed, with any changes a test makes. */
function files(edit: (files: ParsedFiles) => void = () => {}): ParsedFiles {
  const parsed = Object.fromEntries(
    (Object.keys(FILE_SCHEMAS) as ContentFile[]).map((file) => [file, FILE_SCHEMAS[file].parse(parse(builtInText(file)))]),
  ) as ParsedFiles;
  edit(parsed);
  return parsed;
}

const kinds = (f: ParsedFiles) => checkContent(f).findings.map((finding) => `${finding.kind}: ${finding.message}`);

describe('reading grade', () => {
  it('counts syllables the way a reader says them, near enough', () => {
    expect(['cat', 'muscle', 'shape', 'formed', 'treatment', 'injection', 'botulinum'].map(syllables)).toEqual([1, 2, 1, 1, 2, 3, 4]);
  });

  it('gives short, plain sentences a low grade and long, technical ones a high grade', () => {
    expect(readability(['The cat sat on the mat.']).grade).toBeLessThan(0);
    expect(readability(['Botulinum toxin is a prescription-only medicine, administered following comprehensive individualised assessment by appropriately qualified prescribers.']).grade).toBeGreaterThan(15);
  });

  it('reads each bullet as a sentence of its own', () => {
    expect(readability(['Bruising', 'Redness', 'Swelling']).sentences).toBe(3);
  });
});

describe('the content check', () => {
  it('finds nothing to change in the built-in pack', () => {
    expect(kinds(files())).toEqual([]);
  });

  it('grades every file of the built-in pack at 7 or lower', () => {
    for (const grade of checkContent(files()).grades) {
      if (grade.grade !== null) expect(grade.grade, grade.file).toBeLessThanOrEqual(MAX_GRADE);
    }
  });

  it('flags a field that reads above grade 7, with its grade', () => {
    const found = kinds(
      files((f) => {
        f['disclaimers.yaml'].disclaimers[0]!.text =
          'Individual outcomes demonstrate considerable variability, and practitioners cannot definitively guarantee particular aesthetic improvements.';
      }),
    );
    expect(found.some((line) => /^reading-grade: reads at grade \d+\.\d; aim for 7 or lower/.test(line))).toBe(true);
  });

  it.each([
    ['a brand name', 'Botox is one brand name for it.', /^brand: “Botox” is a brand name/],
    ['a promotional word', 'Look more youthful in days.', /^promotional: “youthful” sells/],
    ['a Latin muscle name', 'The frontalis lifts the brows.', /^practitioner-term: “frontalis”/],
    ['unexplained jargon', 'It can be dissolved with hyaluronidase if needed.', /^jargon: “hyaluronidase” may be new/],
    ['a second name for one thing', 'The downtime is short.', /^wording: “downtime”: call this “recovery time”/],
  ])('flags %s in patient text', (_what, sentence, expected) => {
    const found = kinds(files((f) => void (f['treatments.yaml'].treatments[0]!.summary = sentence)));
    expect(found.some((line) => expected.test(line))).toBe(true);
  });

  it('accepts jargon explained where it is first used', () => {
    expect(isExplained('an enzyme called hyaluronidase', 'an enzyme called '.length, 'hyaluronidase')).toBe(true);
    expect(isExplained('a gel made of hyaluronic acid (a sugar found in skin)', 15, 'hyaluronic acid')).toBe(true);
    expect(isExplained('a medicine used off-label (outside its licence)', 16, 'off-label')).toBe(true);
    expect(isExplained('the muscle (the frontalis) lifts', 16, 'frontalis')).toBe(true);
    expect(isExplained('It was used off-label here.', 12, 'off-label')).toBe(false);
  });

  it('leaves practitioner notes alone', () => {
    expect(kinds(files((f) => void (f['slides.yaml'].slides[0]!.notes = 'The frontalis and Botox: say neither to the patient.')))).toEqual([]);
  });

  it('flags the clinic’s own words from pack.yaml', () => {
    const found = kinds(
      files((f) => {
        f['pack.yaml'].checkWords = { avoid: ['glow-up'], jargon: [] };
        f['treatments.yaml'].treatments[1]!.summary = 'A gel placed under the skin for a glow-up.';
      }),
    );
    expect(found.some((line) => line.startsWith('promotional: “glow-up”'))).toBe(true);
  });

  it('asks for the safety information the summary needs', () => {
    const found = kinds(
      files((f) => {
        delete f['treatments.yaml'].treatments[0]!.emergency;
        delete f['clinic.yaml'].phone;
        f['disclaimers.yaml'].disclaimers.forEach((d) => (d.showOn = ['summary']));
      }),
    );
    expect(found.filter((line) => line.startsWith('missing:'))).toHaveLength(3);
  });

  it('asks for the points the clinician’s copy lists, without refusing a treatment that gives none', () => {
    const found = kinds(
      files((f) => {
        delete f['treatments.yaml'].treatments[1]!.alternatives;
        delete f['treatments.yaml'].treatments[1]!.ifUnhappyWithResult;
      }),
    );
    expect(found).toEqual([
      'missing: Dermal fillers has no alternatives: the clinician’s copy cannot list the other options discussed',
      'missing: Dermal fillers has no ifUnhappyWithResult: the clinician’s copy cannot list what can be done if the patient does not like the result',
    ]);
  });

  it('refuses more than 200 of a clinic’s own words, so a load stays quick', () => {
    const pack = FILE_SCHEMAS['pack.yaml'].safeParse({ ...parse(builtInText('pack.yaml')), checkWords: { avoid: Array.from({ length: 201 }, (_, i) => `word${i}`) } });

    expect(pack.success).toBe(false);
  });
});
