import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { type LinkedSpan, renderMentions } from '../../../scripts/link/renderMentions.ts';

const spansFor = (text: string, ...names: string[]): LinkedSpan[] =>
  names.map((name) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, href: `/e/${name.toLowerCase()}/`, className: 'mention' };
  });

const links = (html: string) =>
  parse(html)
    .querySelectorAll('a.mention')
    .map((a) => [a.text, a.getAttribute('href')]);

describe('renderMentions', () => {
  it.each<[string, 'txt' | 'md', string, string[], string[][], number]>([
    [
      'plain text paragraphs',
      'txt',
      'Mosul fell.\n\nThen Raqqa.',
      ['Mosul', 'Raqqa'],
      [
        ['Mosul', '/e/mosul/'],
        ['Raqqa', '/e/raqqa/'],
      ],
      2,
    ],
    [
      'markdown emphasis around a mention',
      'md',
      'The *Mosul* offensive.\n\n# Raqqa next',
      ['Mosul', 'Raqqa'],
      [
        ['Mosul', '/e/mosul/'],
        ['Raqqa', '/e/raqqa/'],
      ],
      2,
    ],
    ['a mention inside a markdown link is not nested', 'md', 'See [Mosul](https://example.com) now.', ['Mosul'], [], 1],
    [
      'a mention in a list item',
      'md',
      '- Mosul\n- Raqqa\n',
      ['Mosul', 'Raqqa'],
      [
        ['Mosul', '/e/mosul/'],
        ['Raqqa', '/e/raqqa/'],
      ],
      2,
    ],
  ])('%s', (_, format, text, names, expectedLinks, paragraphs) => {
    const body = renderMentions({ format, text }, spansFor(text, ...names));
    expect(links(body.html)).toEqual(expectedLinks);
    expect(body.paragraphs).toHaveLength(paragraphs);
    for (const p of body.paragraphs) expect(parse(body.html).getElementById(p.id)).not.toBeNull();
  });

  it.each<[string, 'txt' | 'md', string]>([
    ['raw HTML in text', 'txt', 'Hi <script>alert(1)</script> <img src=x onerror=alert(2)>'],
    ['raw HTML in markdown', 'md', 'Hi <script>alert(1)</script>\n\n<iframe src="https://evil"></iframe>'],
    [
      'javascript: link in markdown',
      'md',
      '[click](javascript:alert(1)) and [data](data:text/html,<script>alert(1)</script>)',
    ],
  ])('escapes %s', (_, format, text) => {
    const html = renderMentions({ format, text }, []).html;
    const root = parse(html);
    expect(root.querySelectorAll('script, iframe, img')).toHaveLength(0);
    for (const a of root.querySelectorAll('a'))
      expect(a.getAttribute('href') ?? '').not.toMatch(/^(javascript|data):/i);
  });

  it('the link text is exactly the original text, even with markup characters', () => {
    const text = 'Then AT&T <Co> said.';
    const body = renderMentions({ format: 'txt', text }, spansFor(text, 'AT&T <Co>'));
    expect(links(body.html)).toEqual([['AT&T <Co>', '/e/at&t <co>/']]);
  });
});
