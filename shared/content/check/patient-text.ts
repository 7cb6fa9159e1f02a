import { parseProse, type Inline } from '../prose';
import { factsOf } from '../../deck/slide-kinds';
import type { ContentFile, ParsedFiles } from '../schema';

/**
 * Every piece of content a patient sees (on a slide, the face diagram's panel or
 * the summary), as plain text, with where it is written. Practitioner notes,
 * ids and the clinic's own details are left out: they are not patient reading.
 */
export type TextRole = 'prose' | 'name' | 'label' | 'source';

export interface PatientText {
  file: ContentFile;
  /** The field in the file, as the loader's line finder takes it. */
  path: (string | number)[];
  /** Each bullet, cell or paragraph on its own: each is read as (at least) a sentence. */
  texts: string[];
  /**
   * prose: given a reading grade and checked for every kind of word. name: too short to grade.
   * label: words on a drawing or a chip, with nowhere to explain a term. source: a document's own
   * title, checked only for brands and promotion (the handout prints it).
   */
  role: TextRole;
}

const inlineText = (inlines: Inline[]): string =>
  inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? ' ' : inlineText(i.children))).join('');

/** Markdown to plain paragraphs; each list item is its own text. */
function plain(markdown: string): string[] {
  return parseProse(markdown).blocks.flatMap((block) => {
    switch (block.type) {
      case 'list':
        return block.items.map(inlineText);
      case 'image':
        return block.alt ? [block.alt] : [];
      default:
        return [inlineText(block.children)];
    }
  }).map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export function patientTexts(files: ParsedFiles): PatientText[] {
  const out: PatientText[] = [];
  const add = (file: ContentFile, path: (string | number)[], values: readonly (string | undefined)[], role: TextRole = 'prose') => {
    const texts = values.filter((v): v is string => v !== undefined).flatMap(plain);
    if (texts.length > 0) out.push({ file, path, texts, role });
  };

  const pack = files['pack.yaml'];
  add('pack.yaml', ['lineCauseNames'], Object.values(pack.lineCauseNames), 'label');
  pack.sources.forEach((source, s) => add('pack.yaml', ['sources', s], [source.title, source.publisher], 'source'));

  files['treatments.yaml'].treatments.forEach((t, i) => {
    const at = (...path: (string | number)[]) => ['treatments', i, ...path];
    add('treatments.yaml', at('name'), [t.name, t.shortName], 'name');
    for (const field of ['summary', 'howItWorks', 'whatTreatmentIsLike', 'downtime'] as const) add('treatments.yaml', at(field), [t[field]]);
    add('treatments.yaml', at('sideEffects', 'common'), t.sideEffects.common);
    add('treatments.yaml', at('sideEffects', 'rare'), t.sideEffects.rare);
    for (const field of ['emergency', 'seekHelp', 'notSuitableFor', 'aftercare'] as const) add('treatments.yaml', at(field), t[field] ?? []);
    // Read out to the patient at the assessment.
    t.screening?.forEach((q, s) => add('treatments.yaml', at('screening', s, 'question'), [q.question]));
  });

  // The plan on the patient's summary names each product used.
  files['products.yaml'].products.forEach((p, i) => {
    add('products.yaml', ['products', i, 'name'], [p.name], 'name');
    add('products.yaml', ['products', i, 'notes'], [p.notes]);
  });

  files['regions.yaml'].regions.forEach((r, i) => {
    add('regions.yaml', ['regions', i, 'name'], [r.name], 'name');
    add('regions.yaml', ['regions', i, 'causes'], [r.causes]);
    r.treatments.forEach((use, u) => add('regions.yaml', ['regions', i, 'treatments', u, 'how'], [use.how]));
  });

  files['slides.yaml'].slides.forEach((slide, i) => {
    add('slides.yaml', ['slides', i, 'title'], [slide.title], 'name');
    for (const text of factsOf(slide).patientText(slide)) add('slides.yaml', ['slides', i, text.field], text.values, text.role);
  });

  files['disclaimers.yaml'].disclaimers.forEach((d, i) => add('disclaimers.yaml', ['disclaimers', i, 'text'], [d.text]));
  return out;
}
