import { describe, expect, it } from 'vitest';
import { isPackImagePath, parseProse, proseToPlainText } from '../../../shared/content/prose';

describe('parseProse', () => {
  it('keeps paragraphs, bold, italic and lists', () => {
    expect(parseProse('One **two** *three*\n\n- a\n- b').blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'One ' },
          { type: 'strong', children: [{ type: 'text', text: 'two' }] },
          { type: 'text', text: ' ' },
          { type: 'em', children: [{ type: 'text', text: 'three' }] },
        ],
      },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]] },
    ]);
  });

  it('drops <script> with its code, and any other HTML, with a warning', () => {
    const parsed = parseProse('Before <script>steal()</script> after <img src=x onerror=alert(1)> end');

    expect(JSON.stringify(parsed.blocks)).not.toMatch(/steal|script|onerror|<img/);
    expect(proseToPlainText('Before <script>steal()</script> after')).toBe('Before after');
    expect(parsed.warnings).toEqual(['HTML is not allowed in content text and was left out.']);
  });

  it('drops a block of raw HTML', () => {
    expect(parseProse('<div onclick="x()">Click</div>').blocks).toEqual([]);
  });

  it('leaves out remote and data: images but keeps images inside the pack', () => {
    const parsed = parseProse('![a](https://example.com/a.png) ![b](//cdn.example/b.png) ![c](data:image/png;base64,AA) ![d](images/d.png)');

    expect(parsed.blocks).toEqual([{ type: 'image', src: 'images/d.png', alt: 'd' }]);
    expect(parsed.images).toEqual(['images/d.png']);
    expect(parsed.warnings).toHaveLength(3);
  });

  it('shows a link’s words but not its address', () => {
    const parsed = parseProse('See [our site](https://clinic.example) today');

    expect(proseToPlainText('See [our site](https://clinic.example) today')).toBe('See our site today');
    expect(JSON.stringify(parsed.blocks)).not.toContain('clinic.example');
  });

  it('decodes common entities instead of showing them', () => {
    expect(proseToPlainText('Tom &amp; Jerry &lt;3')).toBe('Tom & Jerry <3');
  });
});

describe('isPackImagePath', () => {
  it.each([
    ['images/logo.png', true],
    ['images/sub/diagram.svg', true],
    ['../logo.png', false],
    ['images/../../secret.png', false],
    ['/etc/logo.png', false],
    ['C:\\logo.png', false],
    ['file:///logo.png', false],
    ['https://x.example/logo.png', false],
    ['images/logo.exe', false],
    ['images//logo.png', false],
  ])('%s -> %s', (src, expected) => {
    expect(isPackImagePath(src)).toBe(expected);
  });
});

describe('the Markdown Facet keeps', () => {
  it.each([
    ['a heading', '## Before you decide', [{ type: 'heading', children: [{ type: 'text', text: 'Before you decide' }] }]],
    ['a numbered list', '1. Rest\n2. Ice', [{ type: 'list', ordered: true, items: [[{ type: 'text', text: 'Rest' }], [{ type: 'text', text: 'Ice' }]] }]],
    ['a list inside a list, on lines of its own', '- Face\n  - Forehead\n  - Brows', [
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Face' }, { type: 'break' }, { type: 'text', text: 'Forehead' }, { type: 'break' }, { type: 'text', text: 'Brows' }]] },
    ]],
    ['a hard line break', 'One  \nTwo', [{ type: 'paragraph', children: [{ type: 'text', text: 'One' }, { type: 'break' }, { type: 'text', text: 'Two' }] }]],
    ['bold and italic together', '***Both***', [{ type: 'paragraph', children: [{ type: 'em', children: [{ type: 'strong', children: [{ type: 'text', text: 'Both' }] }] }] }]],
    ['underscores inside words as they are', 'snake_case_name', [{ type: 'paragraph', children: [{ type: 'text', text: 'snake_case_name' }] }]],
    ['escaped marks as they are', '\\*not italic\\*', [{ type: 'paragraph', children: [{ type: 'text', text: '*not italic*' }] }]],
    ['code as its words', 'Type `2 * 3`', [{ type: 'paragraph', children: [{ type: 'text', text: 'Type 2 * 3' }] }]],
    ['a quote as a plain paragraph', '> Quoted', [{ type: 'paragraph', children: [{ type: 'text', text: 'Quoted' }] }]],
  ])('%s', (_what, markdown, blocks) => {
    expect(parseProse(markdown).blocks).toEqual(blocks);
  });

  it('one picture written several ways is one picture', () => {
    expect(parseProse('![a](./images/x.png) ![b](images/./x.png) ![c](<images/x.png>)').images).toEqual(['images/x.png', 'images/x.png', 'images/x.png']);
  });

  it('a table is left out, with a warning', () => {
    const parsed = parseProse('| Area | Dose |\n| --- | --- |\n| Brow | 10 |');

    expect(parsed.blocks).toEqual([]);
    expect(parsed.warnings).toEqual(['Tables are not supported in content text and were left out.']);
  });
});
