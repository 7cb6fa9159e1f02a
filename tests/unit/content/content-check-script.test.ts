import { describe, expect, it } from 'vitest';
import { runContentCheck } from '../../../scripts/content-check.mjs';
import { editedBuiltIn, overrideFolder } from '../../fixtures/content-folders';

async function run(folder: string | null): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runContentCheck(folder, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

describe('npm run content:check', () => {
  it('passes the built-in pack, with a reading grade for each file', async () => {
    const { code, out } = await run(null);

    expect(code).toBe(0);
    expect(out).toMatch(/treatments\.yaml\s+\d\.\d/);
    expect(out).toMatch(/disclaimers\.yaml\s+\d\.\d/);
    expect(out).toContain('No findings.');
  });

  it('checks a clinic’s own folder and fails on a finding, naming the file and line', async () => {
    const folder = overrideFolder({
      'treatments.yaml': editedBuiltIn('treatments.yaml', 'You can only have it with a\n      prescription.', 'Botox is one brand of it.'),
    });
    const { code, out } = await run(folder);

    expect(code).toBe(1);
    expect(out).toMatch(/treatments\.yaml:\d+ treatments\[0\]\.summary: “Botox” is a brand name/);
    expect(out).toContain('1 finding.');
  });
});
