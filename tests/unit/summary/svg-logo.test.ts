import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDataUrl } from '../../../main/services/summary-pdf/Logo';
import { parseSvgLogo, readSvgLogo } from '../../../main/services/summary-pdf/svg-logo';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { costRatio, repeated, timeBest } from '../../fixtures/linear-time';

const LINDEN = readFileSync(path.join(BUILT_IN_CONTENT, 'images/logo.svg'), 'utf8');

describe('parseSvgLogo', () => {
  it('reads the default pack’s logo into shapes and text, with inherited styles on the groups', () => {
    const logo = parseSvgLogo(LINDEN)!;

    expect(logo.viewBox).toEqual({ x: 0, y: 0, width: 160, height: 48 });
    const [art, words] = logo.root.children;
    expect(art).toMatchObject({ tag: 'g', props: { fill: 'none', stroke: '#2b6b66', strokeLinecap: 'round' } });
    expect(art!.children.map((c) => c.tag)).toEqual(['circle', 'path', 'path', 'path']);
    expect(art!.children[1]!.props).toMatchObject({ fill: '#2b6b66', fillOpacity: 0.12, strokeWidth: 1.6 });
    expect(words!.children.map((c) => [c.text, c.props.fontSize, c.props.fontWeight])).toEqual([
      ['Linden', 19, 600],
      ['CLINIC', 9, 500],
    ]);
  });

  it('leaves out titles, descriptions and editor metadata', () => {
    const logo = parseSvgLogo(
      '<?xml version="1.0"?><!-- made by hand --><svg viewBox="0 0 10 10"><title>T</title><desc>D</desc><sodipodi:namedview><inkscape:grid/></sodipodi:namedview><rect width="4" height="4"/></svg>',
    )!;

    expect(logo.root.children.map((c) => c.tag)).toEqual(['rect']);
  });

  it('applies style attributes and decodes entities in text', () => {
    const logo = parseSvgLogo('<svg width="20" height="10"><text x="1" y="8" style="fill: #123456; font-size: 7px">A &amp; B</text></svg>')!;

    expect(logo.viewBox).toEqual({ x: 0, y: 0, width: 20, height: 10 });
    expect(logo.root.children[0]).toMatchObject({ tag: 'text', text: 'A & B', props: { fill: '#123456', fontSize: 7 } });
  });

  it.each([
    ['an embedded picture', '<svg viewBox="0 0 10 10"><image href="data:image/png;base64,AAAA" width="10" height="10"/></svg>'],
    ['a gradient fill', '<svg viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/></svg>'],
    ['a stylesheet', '<svg viewBox="0 0 10 10"><style>.a{fill:red}</style><rect class="a" width="5" height="5"/></svg>'],
    ['a reused symbol', '<svg viewBox="0 0 10 10"><use href="#x"/></svg>'],
    ['a clip path', '<svg viewBox="0 0 10 10"><g clip-path="url(#c)"><rect width="5" height="5"/></g></svg>'],
    ['unbalanced tags', '<svg viewBox="0 0 10 10"><g><rect width="5" height="5"/></svg>'],
    ['no size at all', '<svg><rect width="5" height="5"/></svg>'],
    ['not SVG', 'PNG\u0000\u0001 binary'],
  ])('gives up on %s, so the clinic name is shown instead', (_what, source) => {
    expect(parseSvgLogo(source)).toBeNull();
  });
});

describe('decodeDataUrl', () => {
  it('reads base64 and percent-encoded data URLs', () => {
    expect(decodeDataUrl('data:image/svg+xml;base64,PHN2Zy8+')).toEqual({ mime: 'image/svg+xml', bytes: Buffer.from('<svg/>') });
    expect(decodeDataUrl('data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E')?.bytes.toString()).toBe('<svg/>');
  });

  it('refuses anything that is not a data URL', () => {
    expect(decodeDataUrl('https://example.com/logo.png')).toBeNull();
    expect(decodeDataUrl('data:image/svg+xml,%E0%A4%A')).toBeNull();
  });
});

const readTime = (source: string) => timeBest(parseSvgLogo, source);

const OPEN = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">';

describe('hostile logos cost time in proportion to their size (the logo is read on every export)', () => {
  it.each<[string, (length: number) => string]>([
    ['unterminated comments', (n) => OPEN + repeated('<!--', n)],
    ['unterminated processing instructions', (n) => OPEN + repeated('<?', n)],
    ['unterminated CDATA', (n) => OPEN + repeated('<![CDATA[', n)],
    ['unterminated tags', (n) => OPEN + repeated('<g ', n)],
    ['a long attribute name without a value', (n) => `<svg viewBox="0 0 10 10" ${'a'.repeat(n)}></svg>`],
    ['unterminated attribute values', (n) => `<svg viewBox="0 0 10 10" ${repeated('a="', n)}></svg>`],
    ['many shapes', (n) => `${OPEN}${repeated('<g fill="#123456"><rect width="1" height="1"/></g>', n)}</svg>`],
    ['entities', (n) => `${OPEN}<text>${repeated('&#', n)}</text></svg>`],
  ])('%s: 4× the size takes less than 8× the time; 2 MB (the image limit) under 200 ms', (_name, make) => {
    const N = 16_000;
    readTime(make(N)); // warm up
    // One run first: quadratic code would take seconds here, so stop before repeating it.
    expect(readTime(make(4 * N))).toBeLessThan(200);
    // Linear: the same cost per character (time(4N) < 8 × time(N) allows it to double; quadratic would quadruple it).
    expect(costRatio(parseSvgLogo, make(N), make(4 * N), 1_000_000)).toBeLessThan(2);

    expect(readTime(make(2 * 1024 * 1024))).toBeLessThan(200);
  }, 60_000);

  it.each([
    ['<!-- never closed', /comment .*never closed/],
    ['<![CDATA[ x', /CDATA/],
    ['<rect width="5"', /tag .*never closed/],
    ['<linearGradient id="g"/>', /<lineargradient>/i],
  ])('says why a logo is refused: %s', (rest, reason) => {
    const result = readSvgLogo(`${OPEN}${rest}`);

    expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});

it('refuses drawings nested deeper than react-pdf should recurse', () => {
  expect(readSvgLogo(`${OPEN}${'<g>'.repeat(100)}${'</g>'.repeat(100)}</svg>`)).toEqual({ ok: false, reason: 'it nests elements more than 32 deep' });
});

it('steps over a DOCTYPE with its own entity declarations, as illustration programs write them', () => {
  const logo = parseSvgLogo(`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd" [ <!ENTITY ns "http://ns.example/"> ]>${OPEN}<rect width="4" height="4"/></svg>`);

  expect(logo?.root.children.map((c) => c.tag)).toEqual(['rect']);
});
