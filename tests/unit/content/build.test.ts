import { describe, expect, it } from 'vitest';
import { expandRegions } from '../../../shared/content/build';
import { formatPath, formatProblem } from '../../../shared/content/problem-format';

const entry = {
  id: 'crows-feet',
  name: 'Crow’s feet',
  lines: ['dynamic' as const],
  causes: 'Smiling.',
  treatments: [{ treatment: 'toxin', how: 'Relaxes.', usual: true }],
};

describe('expandRegions', () => {
  it('splits a two-sided region into left and right, named in the pack’s words', () => {
    const regions = expandRegions([{ ...entry, sides: ['left', 'right'] }], { left: 'links', right: 'rechts' });

    expect(regions.map((r) => [r.id, r.name, r.side, r.baseId])).toEqual([
      ['crows-feet-left', 'Crow’s feet (links)', 'left', 'crows-feet'],
      ['crows-feet-right', 'Crow’s feet (rechts)', 'right', 'crows-feet'],
    ]);
  });

  it('keeps a one-sided region as it is', () => {
    const [region] = expandRegions([{ ...entry, id: 'forehead', name: 'Forehead lines' }], { left: 'left', right: 'right' });

    expect(region).toMatchObject({ id: 'forehead', name: 'Forehead lines', side: null, baseId: 'forehead' });
  });
});

describe('problem wording', () => {
  it('formats a problem as file:line path: message', () => {
    expect(formatProblem({ file: 'regions.yaml', line: 42, path: 'regions[3].treatments[0]', message: 'unknown treatment "fillr"' })).toBe(
      'regions.yaml:42 regions[3].treatments[0]: unknown treatment "fillr"',
    );
    expect(formatProblem({ file: 'pack.yaml', line: null, path: '', message: 'this file is empty' })).toBe('pack.yaml: this file is empty');
    expect(formatPath(['regions', 3, 'treatments', 0, 'treatment'])).toBe('regions[3].treatments[0].treatment');
  });
});

describe('the disclaimers slide', () => {
  it('is added at the end of a deck that has none, so the slides’ disclaimers are shown', async () => {
    const { loadContent } = await import('../../../main/services/content/load');
    const { editedBuiltIn, overrideFolder, BUILT_IN_CONTENT } = await import('../../fixtures/content-folders');
    const withoutIt = editedBuiltIn('slides.yaml', /\n {2}- id: please-note[\s\S]*$/, '\n');
    const { pack } = await loadContent({ builtIn: BUILT_IN_CONTENT, override: overrideFolder({ 'slides.yaml': withoutIt }) });

    expect(pack!.slides.at(-1)).toEqual({ id: 'facet-please-note', kind: 'disclaimers', title: 'Please note' });
    expect(pack!.slides.filter((s) => s.kind === 'disclaimers')).toHaveLength(1);
  });
});
