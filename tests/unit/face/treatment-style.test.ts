import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import { DISTINCT_TREATMENT_STYLES, treatmentStyle } from '../../../shared/face/treatment-style';
import { BUILT_IN_CONTENT, builtInText, overrideFolder } from '../../fixtures/content-folders';

describe('treatment styles on the face', () => {
  it('never gives two of the first 16 treatments the same colour and pattern (a fifth once looked like the first)', () => {
    const pairs = Array.from({ length: DISTINCT_TREATMENT_STYLES }, (_, i) => `${treatmentStyle(i).colour}/${treatmentStyle(i).pattern}`);

    expect(DISTINCT_TREATMENT_STYLES).toBe(16);
    expect(new Set(pairs).size).toBe(DISTINCT_TREATMENT_STYLES);
  });

  it('keeps the first four as they were (colour and pattern paired one to one)', () => {
    expect([0, 1, 2, 3].map((i) => treatmentStyle(i).pattern)).toEqual(['diagonal', 'dots', 'cross', 'horizontal']);
  });

  it('warns the clinic when there are more treatments than distinct styles', async () => {
    const treatments = builtInText('treatments.yaml');
    // A treatment starts at an entry of the top-level list; deeper lists (screening) also have ids.
    const entry = '\n  - id: ';
    const first = treatments.slice(treatments.indexOf(entry), treatments.indexOf(entry, treatments.indexOf(entry) + 1));
    const copies = Array.from({ length: 16 }, (_, i) => first.replace(/id: [\w-]+/, `id: extra-${i}`)).join('');
    const folder = overrideFolder({ 'treatments.yaml': treatments + copies });

    const { problems } = await loadContent({ builtIn: BUILT_IN_CONTENT, override: folder });

    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('can mark only 16 with a colour and pattern of their own'));
  });
});
