import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import type { ContentLoadResult } from '../../../shared/content/pack';
import { formatProblem } from '../../../shared/content/problem-format';
import { BUILT_IN_CONTENT, builtInText, editedBuiltIn, lineContaining, overrideFolder } from '../../fixtures/content-folders';
import { CONTENT_FILES } from '../../../shared/content/schema';

const builtIn = await loadContent({ builtIn: BUILT_IN_CONTENT, override: null });

async function loadWith(files: Record<string, string | Buffer>): Promise<ContentLoadResult> {
  return loadContent({ builtIn: BUILT_IN_CONTENT, override: overrideFolder(files) });
}

const messages = (result: ContentLoadResult) => result.problems.map(formatProblem);

describe('a broken override file is reported and the built-in version stands in', () => {
  it('malformed YAML: names the file and line, and keeps the built-in regions', async () => {
    const result = await loadWith({ 'regions.yaml': 'regions:\n  - id: forehead\n    name: [unclosed\n' });

    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'regions.yaml', origin: 'override', severity: 'error', line: expect.any(Number), message: expect.stringMatching(/^not valid YAML/) }),
    ]);
    expect(result.pack!.regions).toEqual(builtIn.pack!.regions);
    expect(result.overridden).toEqual([]);
  });

  it('a missing required field: names the field and the line of its parent', async () => {
    const text = editedBuiltIn('treatments.yaml', / {4}summary: >-\n( {6}.*\n)+?(?= {4}howItWorks)/, '');
    const result = await loadWith({ 'treatments.yaml': text });

    expect(messages(result)).toEqual([`treatments.yaml:${lineContaining(text, '- id: toxin')} treatments[0].summary: is required but missing`]);
    expect(result.pack!.treatments).toEqual(builtIn.pack!.treatments);
  });

  it('a wrong type: says what was expected', async () => {
    const text = editedBuiltIn('treatments.yaml', /durationMonths:\n {6}min: 3\n {6}max: 4/, 'durationMonths: about four months');
    const result = await loadWith({ 'treatments.yaml': text });

    expect(messages(result)).toEqual([
      `treatments.yaml:${lineContaining(text, 'durationMonths: about')} treatments[0].durationMonths: should be a set of fields, not text`,
    ]);
  });

  it('an unknown treatment id in a region: the message the clinic sees', async () => {
    const text = editedBuiltIn('regions.yaml', /(id: bunny-lines[\s\S]*?- treatment: )toxin/, '$1fillr');
    const result = await loadWith({ 'regions.yaml': text });

    expect(messages(result)).toEqual([
      `regions.yaml:${lineContaining(text, 'treatment: fillr')} regions[3].treatments[0].treatment: unknown treatment "fillr" (known: "toxin", "filler")`,
    ]);
    expect(result.pack!.regions).toEqual(builtIn.pack!.regions);
  });

  it('an unknown region id on a face slide', async () => {
    const text = editedBuiltIn('slides.yaml', 'highlight:\n      treatment: toxin\n', 'highlight:\n      treatment: toxin\n      regions: [forehead, eyelids]\n');
    const result = await loadWith({ 'slides.yaml': text });

    expect(messages(result)).toEqual([expect.stringMatching(/^slides\.yaml:\d+ slides\[\d+\]\.highlight\.regions\[1\]: unknown region "eyelids"/)]);
    expect(result.pack!.slides).toEqual(builtIn.pack!.slides);
  });

  it('duplicate ids', async () => {
    const text = editedBuiltIn('regions.yaml', '  - id: bunny-lines', '  - id: forehead');
    const result = await loadWith({ 'regions.yaml': text });

    expect(messages(result)).toEqual([`regions.yaml:${lineContaining(text, 'name: Bunny')  - 1} regions[3].id: region id "forehead" is used more than once`]);
    expect(result.pack!.regions).toEqual(builtIn.pack!.regions);
  });

  it('a misspelt field name is reported instead of ignored', async () => {
    const text = editedBuiltIn('clinic.yaml', 'accentColour:', 'accentColor:');
    const result = await loadWith({ 'clinic.yaml': text });

    expect(messages(result)).toContain(`clinic.yaml:${lineContaining(text, 'accentColor')} : unknown field "accentColor"`.replace(' : ', ': '));
    expect(result.pack!.clinic.name).toBe(builtIn.pack!.clinic.name);
  });

  it('an image path escaping the pack is refused and nothing outside is read', async () => {
    const text = editedBuiltIn('clinic.yaml', 'logo: images/logo.svg', 'logo: ../../../../etc/passwd.png');
    const result = await loadWith({ 'clinic.yaml': text });

    expect(messages(result)).toEqual([
      `clinic.yaml:${lineContaining(text, 'logo:')} logo: the image "../../../../etc/passwd.png" must be a file inside the content folder, such as images/logo.png; it is left out`,
    ]);
    expect(Object.keys(result.pack!.images)).toEqual([]);
  });

  it('a 20 MB file is refused without reading it', async () => {
    const result = await loadWith({ 'slides.yaml': Buffer.alloc(20 * 1024 * 1024, 'a') });

    expect(messages(result)).toEqual(['slides.yaml: this file is 20.0 MB; a content file can be at most 1.0 MB']);
    expect(result.pack!.slides).toEqual(builtIn.pack!.slides);
  });

  it('a binary file is refused', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const result = await loadWith({ 'disclaimers.yaml': png });

    expect(messages(result)).toEqual(['disclaimers.yaml: this file is not a text file (save it as plain UTF-8 text)']);
    expect(result.pack!.disclaimers).toEqual(builtIn.pack!.disclaimers);
  });

  it('an empty file is refused', async () => {
    const result = await loadWith({ 'pack.yaml': '' });

    expect(messages(result)).toEqual(['pack.yaml: this file is empty']);
    expect(result.pack!.meta).toEqual(builtIn.pack!.meta);
  });

  it('a file replaced by a folder is refused', async () => {
    const dir = overrideFolder();
    mkdirSync(path.join(dir, 'clinic.yaml'));
    const result = await loadContent({ builtIn: BUILT_IN_CONTENT, override: dir });

    expect(messages(result)).toEqual(['clinic.yaml: this file is a folder, not a file']);
  });

  it('an override that removes something other files need: the built-in file is used instead', async () => {
    const text = editedBuiltIn('treatments.yaml', /\n {2}- id: filler[\s\S]*$/, '\n');
    const result = await loadWith({ 'treatments.yaml': text });

    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'treatments.yaml', origin: 'override', severity: 'error', message: expect.stringContaining('unknown treatment "filler"') }),
    ]);
    expect(result.pack!.treatments.map((t) => t.id)).toEqual(['toxin', 'filler']);
  });
});

describe('folders', () => {
  it('an empty override folder changes nothing', async () => {
    const result = await loadWith({});

    expect(result.problems).toEqual([]);
    expect(result.pack).toEqual(builtIn.pack);
  });

  it('an empty built-in folder gives no pack and one clear problem per file, without throwing', async () => {
    const result = await loadContent({ builtIn: overrideFolder(), override: null });

    expect(result.pack).toBeNull();
    expect(messages(result)).toContain('regions.yaml: this file is missing from the built-in content');
    expect(result.problems).toHaveLength(CONTENT_FILES.length);
  });

  it('a valid override is used, and listed as the clinic’s own', async () => {
    const result = await loadWith({ 'clinic.yaml': editedBuiltIn('clinic.yaml', 'name: Linden Clinic', 'name: Rowan Skin Clinic') });

    expect(result.problems).toEqual([]);
    expect(result.pack!.clinic.name).toBe('Rowan Skin Clinic');
    expect(result.overridden).toEqual(['clinic.yaml']);
  });

  it('a misnamed file in the override folder is pointed out', async () => {
    const result = await loadWith({ 'treatment.yaml': builtInText('treatments.yaml') });

    expect(messages(result)).toEqual(['treatment.yaml: Facet does not use this file; did you mean treatments.yaml?']);
  });

  it('an image in the override folder replaces the built-in one', async () => {
    const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
    const result = await loadWith({ 'images/logo.svg': logo });

    expect(result.pack!.images['images/logo.svg']).toBe(`data:image/svg+xml;base64,${Buffer.from(logo).toString('base64')}`);
  });
});

describe('Markdown prose', () => {
  it('a <script> tag and an http image are reported and left out', async () => {
    const text = editedBuiltIn(
      'disclaimers.yaml',
      /text: >-\n/,
      'text: >-\n      Read this <script>window.pwned = true</script> ![x](http://tracker.example/p.png)\n',
    );
    const result = await loadWith({ 'disclaimers.yaml': text });

    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'HTML is not allowed in content text and was left out.'],
      ['warning', 'The image "http://tracker.example/p.png" is not a file inside the content pack, so it was left out.'],
    ]);
    expect(result.overridden).toEqual(['disclaimers.yaml']);
  });

  it('a light accent colour is darkened for reading, with a warning', async () => {
    const result = await loadWith({ 'clinic.yaml': editedBuiltIn('clinic.yaml', '"#2b6b66"', '"#f4c2d7"') });

    expect(messages(result)).toEqual([expect.stringMatching(/^clinic\.yaml:\d+ accentColour: this colour is too light .* uses the darker #[0-9a-f]{6} instead$/)]);
    expect(result.pack!.clinic.accentColour).toBe('#f4c2d7');
  });
});

it('writes nothing into the folders it reads', async () => {
  const dir = overrideFolder({ 'clinic.yaml': builtInText('clinic.yaml') });
  writeFileSync(path.join(dir, 'notes.txt'), 'clinic notes');
  await loadContent({ builtIn: BUILT_IN_CONTENT, override: dir });
  const { readdirSync } = await import('node:fs');

  expect(readdirSync(dir).sort()).toEqual(['clinic.yaml', 'notes.txt']);
});

describe('hostile files', () => {
  it('a YAML file whose aliases expand too far is refused, not followed', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');
    const result = await loadWith({ 'regions.yaml': bomb });

    expect(messages(result)).toEqual(['regions.yaml: this file uses too many YAML aliases (& and *)']);
    expect(result.pack!.regions).toEqual(builtIn.pack!.regions);
  });

  it('a pipe named like a content file is refused without waiting on it', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = overrideFolder();
    execFileSync('mkfifo', [path.join(dir, 'clinic.yaml')]);
    const result = await loadContent({ builtIn: BUILT_IN_CONTENT, override: dir });

    expect(messages(result)).toEqual(['clinic.yaml: this file is not a plain file']);
  });
});

/** disclaimers.yaml with the first disclaimer's text (line 4) replaced. */
const withDisclaimerText = (text: string) =>
  editedBuiltIn('disclaimers.yaml', /text: >-\n {6}Results vary[^\n]*\n[^\n]*\n/, `text: ${JSON.stringify(text)}\n`);

describe('prose that could stop Facet is refused at its line, and the built-in file stands in', () => {
  it.each([
    ['2,000 nested quotes around a link', `${'>'.repeat(2000)} Results [vary]`],
    ['2,000 nested quotes, with nothing else that looks like Markdown', `${'>'.repeat(2000)} Results vary`],
    ['1,000 nested lists', `${'- '.repeat(1000)}Results vary`],
    ['600 levels of emphasis', `${'*a _a '.repeat(300)}x${' a_ a*'.repeat(300)}`],
  ])('%s', async (_what, text) => {
    const result = await loadWith({ 'disclaimers.yaml': withDisclaimerText(text) });

    expect(messages(result)).toEqual([
      'disclaimers.yaml:4 disclaimers[0].text: is nested too deeply; Facet shows at most 8 levels of quotes, lists and emphasis',
    ]);
    expect(result.pack!.disclaimers).toEqual(builtIn.pack!.disclaimers);
  });

  it('a paragraph field longer than its limit: the message names the limit', async () => {
    const result = await loadWith({ 'disclaimers.yaml': withDisclaimerText('a'.repeat(5000)) });

    expect(messages(result)).toEqual(['disclaimers.yaml:4 disclaimers[0].text: is 5,000 characters long; this text can be at most 4,000 characters']);
  });

  it('a one-line prose field (a bullet) has a shorter limit', async () => {
    const text = editedBuiltIn('slides.yaml', '- Skin slowly loosens as the years go by.', `- ${'a'.repeat(1500)}`);
    const result = await loadWith({ 'slides.yaml': text });

    expect(messages(result)).toEqual([
      `slides.yaml:${lineContaining(text, 'aaaa')} slides[1].bullets[0]: is 1,500 characters long; this text can be at most 1,000 characters`,
    ]);
    expect(result.pack!.slides).toEqual(builtIn.pack!.slides);
  });

  it('64 kB of "_a" in one field is refused at once, not parsed for seconds', async () => {
    const started = performance.now();
    const result = await loadWith({ 'disclaimers.yaml': withDisclaimerText('_a'.repeat(32 * 1024)) });

    expect(performance.now() - started).toBeLessThan(1000);
    expect(messages(result)).toEqual([expect.stringMatching(/^disclaimers\.yaml:4 disclaimers\[0\]\.text: is 65,536 characters long/)]);
  });
});

describe('one image under many spellings', () => {
  it('is read once and sent once, not once per spelling', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1024 * 1024, 7)]);
    const spellings = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? `${'./'.repeat(i + 1)}images/x.png` : `images/${'./'.repeat(i)}x.png`));
    const disclaimers = ['disclaimers:', ...[0, 1, 2, 3, 4].map((d) => `  - id: d${d}\n    text: "${spellings.slice(d * 20, d * 20 + 20).map((s) => `![x](${s})`).join(' ')}"`)].join('\n');
    const started = performance.now();
    const result = await loadWith({ 'disclaimers.yaml': disclaimers, 'images/x.png': png });

    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.problems.filter((p) => p.category !== 'wording')).toEqual([]);
    const sent = Object.values(result.pack!.images).reduce((total, url) => total + url.length, 0);
    expect(sent).toBeLessThan(2 * 1.4 * 1024 * 1024);
  });
});

describe('pictures', () => {
  it('links to one big picture under many names cannot add up to more than 32 MB for the page', async () => {
    // Just under 2 MB, so 16 of them and the built-in logo fit.
    const big = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2 * 1024 * 1024 - 1024, 1)]);
    const names = Array.from({ length: 20 }, (_, i) => `images/p${i}.png`);
    const dir = overrideFolder({ 'disclaimers.yaml': withDisclaimerText(names.map((name) => `![p](${name})`).join(' ')), 'images/big.png': big });
    for (const name of names) symlinkSync('big.png', path.join(dir, name));
    const result = await loadContent({ builtIn: BUILT_IN_CONTENT, override: dir });

    expect(Object.keys(result.pack!.images)).toEqual(['images/logo.svg', ...names.slice(0, 16)]);
    expect(messages(result)).toEqual(
      names.slice(16).map((name) => `disclaimers.yaml:4 disclaimers[0].text: the image "${name}" is left out: the content's images add up to more than 32.0 MB`),
    );
  });

  it('an SVG logo the summary cannot draw is pointed out when the content loads, not found out at export', async () => {
    const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><!-- never closed <rect width="10" height="10"/></svg>';
    const result = await loadWith({ 'images/logo.svg': logo });

    expect(messages(result)).toEqual([
      `clinic.yaml:4 logo: the patient's summary cannot draw this logo (it has a comment (<!--) that is never closed), so it shows the clinic's name there instead`,
    ]);
    expect(result.pack!.images['images/logo.svg']).toBe(`data:image/svg+xml;base64,${Buffer.from(logo).toString('base64')}`);
  });
});

describe('nothing outside the content folder is read', () => {
  const outside = (name: string, body: string | Buffer) => {
    const dir = overrideFolder({ [name]: body });
    return path.join(dir, name);
  };

  it('a content file that is a link to a file outside the folder is refused', async () => {
    const dir = overrideFolder();
    symlinkSync(outside('clinic.yaml', editedBuiltIn('clinic.yaml', 'name: Linden Clinic', 'name: Outside Clinic')), path.join(dir, 'clinic.yaml'));
    const result = await loadContent({ builtIn: BUILT_IN_CONTENT, override: dir });

    expect(messages(result)).toEqual(['clinic.yaml: this file is a link to a file outside the content folder']);
    expect(result.pack!.clinic.name).toBe('Linden Clinic');
  });

  it.each([
    ['a picture in prose', { 'disclaimers.yaml': withDisclaimerText('Read this ![x](images/secret.png)') }, 'disclaimers.yaml:4 disclaimers[0].text'],
    ['the logo', { 'clinic.yaml': editedBuiltIn('clinic.yaml', 'logo: images/logo.svg', 'logo: images/secret.png') }, 'clinic.yaml:4 logo'],
  ])('%s that is a link to a file outside the folder is refused, and none of it is sent', async (_what, files, where) => {
    const secret = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('root:x:0:0:root:/root:/bin/bash\n')]);
    const dir = overrideFolder(files);
    mkdirSync(path.join(dir, 'images'));
    symlinkSync(outside('secret.png', secret), path.join(dir, 'images/secret.png'));
    const result = await loadContent({ builtIn: BUILT_IN_CONTENT, override: dir });

    expect(messages(result)).toEqual([`${where}: the image "images/secret.png" is outside the content folder; it is left out`]);
    expect(JSON.stringify(result.pack)).not.toContain(secret.toString('base64').slice(0, 16));
  });

  it('links that stay inside the folder, and a content folder that is itself a link, still work', async () => {
    const real = overrideFolder({
      'clinic.yaml': editedBuiltIn('clinic.yaml', 'logo: images/logo.svg', 'logo: images/alias.svg').replace('name: Linden Clinic', 'name: Rowan Skin Clinic'),
      'images/logo.svg': builtInText('images/logo.svg'),
    });
    symlinkSync('logo.svg', path.join(real, 'images/alias.svg'));
    const link = path.join(overrideFolder(), 'content');
    symlinkSync(real, link);
    const result = await loadContent({ builtIn: BUILT_IN_CONTENT, override: link });

    expect(result.problems).toEqual([]);
    expect(result.pack!.clinic.name).toBe('Rowan Skin Clinic');
    expect(result.pack!.images['images/alias.svg']).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('a pipe in place of an image is refused without waiting on it', { timeout: 3000 }, async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = overrideFolder({ 'clinic.yaml': editedBuiltIn('clinic.yaml', 'name: Linden Clinic', 'name: Rowan Skin Clinic') });
    mkdirSync(path.join(dir, 'images'));
    execFileSync('mkfifo', [path.join(dir, 'images/logo.svg')]);
    const result = await loadContent({ builtIn: BUILT_IN_CONTENT, override: dir });

    expect(messages(result)).toEqual([`clinic.yaml:4 logo: the image "images/logo.svg" is not a plain file; it is left out`]);
    expect(result.pack!.images).toEqual({});
  });
});

describe('YAML', () => {
  it.each(['!!js/function "function () { return 1 }"', '!custom Linden Clinic'])('an unknown tag is reported, not silently dropped: %s', async (value) => {
    const result = await loadWith({ 'clinic.yaml': editedBuiltIn('clinic.yaml', 'name: Linden Clinic', `name: ${value}`) });

    expect(messages(result)).toEqual([`clinic.yaml:3: the YAML tag ${value.split(' ')[0]} is not supported; remove it`]);
    expect(result.pack!.clinic.name).toBe('Linden Clinic');
  });

  it.each([
    ['old Mac (CR)', '\r'],
    ['Windows (CR LF)', '\r\n'],
  ])('%s line endings are read, with the right line numbers', async (_name, ending) => {
    const good = editedBuiltIn('clinic.yaml', 'name: Linden Clinic', 'name: Rowan Skin Clinic');
    const bad = good.replace('"#2b6b66"', '"red"');

    expect((await loadWith({ 'clinic.yaml': good.replace(/\n/g, ending) })).pack!.clinic.name).toBe('Rowan Skin Clinic');
    expect(messages(await loadWith({ 'clinic.yaml': bad.replace(/\n/g, ending) }))).toEqual(['clinic.yaml:5 accentColour: must be a colour like "#2b6b66"']);
  });

  it('a file broken on every line gives the first 20 problems and a count of the rest, not thousands', async () => {
    const result = await loadWith({ 'regions.yaml': ']\n'.repeat(1000) });

    expect(result.problems).toHaveLength(21);
    expect(messages(result).at(-1)).toMatch(/^regions\.yaml: and \d+ more problems in this file$/);
  });

  it.each([
    ['brackets', `contact: ${'['.repeat(40)}x${']'.repeat(40)}`, 6],
    ['list entries', `contact:\n  ${'- '.repeat(40)}x`, 7],
    ['100,000 brackets', `contact: ${'['.repeat(100_000)}`, 6],
  ])('deep nesting (%s) is refused with its line, not a crash of the parser', async (_name, deep, line) => {
    const text = editedBuiltIn('clinic.yaml', /contact:\n( {2}- .*\n)+/, `${deep}\n`);
    const result = await loadWith({ 'clinic.yaml': text });

    expect(messages(result)).toEqual([`clinic.yaml:${line}: this file is nested too deeply (more than 32 levels)`]);
    expect(result.pack!.clinic.name).toBe('Linden Clinic');
  });
});
