import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import type { ContentLoadResult } from '../../../shared/content/pack';
import { formatProblem } from '../../../shared/content/problem-format';
import { BUILT_IN_CONTENT, builtInText, editedBuiltIn, lineContaining, overrideFolder } from '../../fixtures/content-folders';

const loadWith = (files: Record<string, string>) => loadContent({ builtIn: BUILT_IN_CONTENT, override: overrideFolder(files) });
const messages = (result: ContentLoadResult) => result.problems.map(formatProblem);
const builtIn = await loadContent({ builtIn: BUILT_IN_CONTENT, override: null });

describe('the built-in catalogue and clinic settings', () => {
  it('loads without problems: products of both treatments, prescribers marked, a reflection time per treatment', () => {
    const pack = builtIn.pack!;

    expect(builtIn.problems).toEqual([]);
    expect(new Set(pack.products.map((p) => p.treatment))).toEqual(new Set(['toxin', 'filler']));
    expect(pack.clinic.practitioners.filter((p) => p.prescriber).map((p) => p.id)).toEqual(['dr-amara-hale', 'sam-okafor']);
    expect(pack.clinic.reflection).toEqual({ defaultDays: 2, days: { toxin: 2, filler: 3 } });
    expect(pack.clinic.estimate.validDays).toBe(30);
  });

  it('an older clinic.yaml without prescribers, reflection or estimate settings still loads, with the defaults', async () => {
    const older = builtInText('clinic.yaml').replace(/\n {4}prescriber: true/g, '').replace(/\nreflection:[\s\S]*$/, '\n');
    const result = await loadWith({ 'clinic.yaml': older });

    expect(messages(result)).toEqual([]);
    expect(result.overridden).toContain('clinic.yaml');
    expect(result.pack!.clinic.practitioners.some((p) => p.prescriber)).toBe(false);
    expect(result.pack!.clinic.reflection).toEqual({ defaultDays: 2, days: {} });
    expect(result.pack!.clinic.estimate).toEqual({ currency: 'GBP', includes: [], validDays: 30 });
  });
});

describe('a broken products.yaml is reported and the built-in catalogue stands in', () => {
  it('a product of an unknown treatment', async () => {
    const text = editedBuiltIn('products.yaml', 'treatment: toxin', 'treatment: toxn');
    const result = await loadWith({ 'products.yaml': text });

    expect(messages(result)).toEqual([
      `products.yaml:${lineContaining(text, 'treatment: toxn')} products[0].treatment: unknown treatment "toxn" (known: "toxin", "filler")`,
    ]);
    expect(result.pack!.products).toEqual(builtIn.pack!.products);
  });

  it('a price that is not a number', async () => {
    const text = editedBuiltIn('products.yaml', 'amount: 4\n', 'amount: four pounds\n');
    const result = await loadWith({ 'products.yaml': text });

    expect(messages(result)).toEqual([expect.stringMatching(new RegExp(`^products\\.yaml:${lineContaining(text, 'four pounds')} products\\[0\\]\\.price\\.amount: should be a number`))]);
    expect(result.pack!.products).toEqual(builtIn.pack!.products);
  });

  it('a price of nothing, and a range whose min is more than its max', async () => {
    const text = editedBuiltIn('products.yaml', 'amount: 4\n', 'amount: 0\n').replace('min: 2\n      max: 50', 'min: 50\n      max: 2');
    const result = await loadWith({ 'products.yaml': text });

    expect(messages(result)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^products\.yaml:\d+ products\[0\]\.price\.amount: /),
        expect.stringMatching(/^products\.yaml:\d+ products\[0\]\.amountPerArea: min must not be more than max$/),
      ]),
    );
  });

  it('a price per syringe for a product with no syringe size', async () => {
    const text = editedBuiltIn('products.yaml', 'syringeMl: 1\n    price:\n      amount: 280', 'price:\n      amount: 280');
    const result = await loadWith({ 'products.yaml': text });

    expect(messages(result)).toEqual([expect.stringMatching(/products\[1\]\.price\.per: a price per syringe needs syringeMl/)]);
  });

  it('the same product id twice', async () => {
    const text = editedBuiltIn('products.yaml', 'id: filler-ha-firm-1ml', 'id: filler-ha-soft-1ml');
    const result = await loadWith({ 'products.yaml': text });

    expect(messages(result)).toEqual([expect.stringMatching(/products\[2\]\.id: product id "filler-ha-soft-1ml" is used more than once$/)]);
  });
});

describe('clinic settings that refer to treatments', () => {
  it('a reflection time for an unknown treatment keeps the built-in clinic.yaml', async () => {
    const text = editedBuiltIn('clinic.yaml', '    filler: 3', '    fillers: 3');
    const result = await loadWith({ 'clinic.yaml': text });

    expect(messages(result)).toEqual([
      `clinic.yaml:${lineContaining(text, 'fillers: 3')} reflection.days.fillers: unknown treatment "fillers" (known: "toxin", "filler")`,
    ]);
    expect(result.pack!.clinic).toEqual(builtIn.pack!.clinic);
  });

  it('a screening question id used twice in one treatment', async () => {
    const text = editedBuiltIn('treatments.yaml', 'id: drip-antibiotics', 'id: pregnant');
    const result = await loadWith({ 'treatments.yaml': text });

    expect(messages(result)).toEqual([expect.stringMatching(/treatments\[0\]\.screening\[2\]\.id: screening question id "pregnant" is used more than once$/)]);
  });
});

describe('a clinic whose treatments differ from the built-in ones', () => {
  // Renames filler in the clinic's own treatments, regions and slides, as a clinic with its own ids would.
  const renamed = {
    'treatments.yaml': editedBuiltIn('treatments.yaml', '  - id: filler\n', '  - id: dermal-filler\n'),
    'regions.yaml': builtInText('regions.yaml').replaceAll('treatment: filler', 'treatment: dermal-filler'),
    'slides.yaml': builtInText('slides.yaml').replaceAll('treatment: filler', 'treatment: dermal-filler').replaceAll('[toxin, filler]', '[toxin, dermal-filler]'),
  };

  it('keeps its own files: the built-in products and reflection times for treatments it does not have are left out quietly', async () => {
    const result = await loadWith(renamed);

    expect(messages(result)).toEqual([]);
    expect(result.overridden).toEqual(['treatments.yaml', 'regions.yaml', 'slides.yaml']);
    expect(result.pack!.products.map((p) => p.treatment)).toEqual(['toxin']);
    expect(result.pack!.clinic.reflection.days).toEqual({ toxin: 2 });
  });

  it('its own products.yaml naming a treatment it does not have is still an error', async () => {
    const result = await loadWith({ ...renamed, 'products.yaml': builtInText('products.yaml') });

    expect(messages(result)).toEqual([expect.stringMatching(/^products\.yaml:\d+ products\[1\]\.treatment: unknown treatment "filler"/)]);
    expect(result.overridden).not.toContain('products.yaml');
  });
});
