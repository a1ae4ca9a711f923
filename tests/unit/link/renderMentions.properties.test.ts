import fc from 'fast-check';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderMentions, type LinkedSpan } from '../../../scripts/link/renderMentions.ts';
import { assignSlugs, slugify, type SlugRequest } from '../../../scripts/core/slug.ts';

/** Property tests on the pure, hostile-input-facing helpers: slugs and the rendering of article bodies. */

const SLUG = /^[a-z0-9\p{L}\p{N}-]+$/u;

/** Names as they come: any Unicode (lone surrogates included), plus the awkward bits that occur in real names. */
const awkward = fc.constantFrom(
  '/',
  '\\',
  '.',
  '..',
  '&',
  "'",
  '"',
  '’',
  '‘',
  '<',
  '>',
  ' ',
  '-',
  '_',
  '\u0000',
  '\u200b',
  '\ufeff',
  'Erdoğan',
  'São Paulo',
  'Москва',
  '東京',
  'الرياض',
  'हिन्दी',
  '𝐀𝐁𝐂',
  '😀',
  'İstanbul',
  'ß',
  'ǅ',
  'Ⅻ',
  '١٢٣',
);
const name = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(awkward, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', minLength: 70, maxLength: 200 }),
);

describe('slugify', () => {
  it('never throws and always gives a non-empty slug of letters, digits and hyphens, with no "." "/" or "\\"', () => {
    fc.assert(
      fc.property(name, (n) => {
        const slug = slugify(n);
        expect(slug).toMatch(SLUG);
        expect(slug).not.toMatch(/[./\\]/);
        expect(slug.length).toBeGreaterThan(0);
        expect([...slug].length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 2000 },
    );
  });

  it('is a function of the name alone', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(slugify(n)).toBe(slugify(n.slice()));
      }),
    );
  });
});

/** Requests with unique keys; names drawn from a small pool so that collisions are common. */
const requests = fc.uniqueArray(
  fc.record({
    key: fc.string({ minLength: 1, maxLength: 12 }),
    name: fc.oneof(
      fc.constantFrom(
        'Mosul',
        'mosul',
        'MOSUL',
        'Mosúl',
        'Mo sul',
        'Mo-sul',
        'AT&T',
        'AT T',
        'at-and-t',
        'AT and T',
        'x',
        '',
        '...',
        'Москва',
        'moskva',
      ),
      name,
    ),
  }),
  { selector: (r) => r.key, maxLength: 25 },
);

const asObject = (m: Map<string, string>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('assignSlugs', () => {
  it('gives every key a slug, never the same slug twice, every one safe', () => {
    fc.assert(
      fc.property(requests, (rs) => {
        const slugs = assignSlugs(rs);
        expect([...slugs.keys()].sort()).toEqual(rs.map((r) => r.key).sort());
        expect(new Set(slugs.values()).size).toBe(rs.length);
        for (const slug of slugs.values()) expect(slug).toMatch(SLUG);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not depend on the order of the requests', () => {
    fc.assert(
      fc.property(
        requests.chain((rs) =>
          fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
        ),
        ([rs, shuffled]) => {
          expect(asObject(assignSlugs(shuffled))).toEqual(asObject(assignSlugs(rs)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a newcomer whose slug collides with no one moves no one', () => {
    fc.assert(
      fc.property(requests, fc.record({ key: fc.constant('\u0001new'), name }), (rs, newcomer) => {
        const before = assignSlugs(rs);
        fc.pre(
          ![...before.values()].some((s) => s === slugify(newcomer.name) || s.startsWith(`${slugify(newcomer.name)}-`)),
        );
        const after = assignSlugs([...rs, newcomer]);
        for (const r of rs) expect(after.get(r.key)).toBe(before.get(r.key));
      }),
    );
  });

  it('a name written exactly like its slug keeps it whatever look-alikes arrive', () => {
    const lookAlikes = (plain: string) =>
      fc.uniqueArray(
        fc.record({
          key: fc.string({ minLength: 1, maxLength: 8 }),
          name: fc.constantFrom(
            plain.toUpperCase(),
            plain.replace(/-/g, ' '),
            `${plain}.`,
            `${plain}!`,
            plain.replace(/a/g, 'á'),
            ` ${plain}`,
          ),
        }),
        { selector: (r) => r.key, maxLength: 6 },
      );
    const pathSlug = (n: string) => n.split('/').map(slugify).join('/');
    fc.assert(
      fc.property(
        fc
          .constantFrom('mosul', 'at-t', 'sao-paulo', 'a/report')
          .chain((plain) => fc.tuple(fc.constant(plain), lookAlikes(plain), requests)),
        ([plain, similar, others]) => {
          const owner: SlugRequest = { key: '\u0001owner', name: plain };
          const all = [...similar, ...others].filter((r) => r.name !== plain).concat(owner);
          expect(assignSlugs(all, pathSlug).get(owner.key)).toBe(plain);
        },
      ),
    );
  });
});

// ---------------------------------------------------------------- renderMentions

/** Text built from hostile pieces: raw HTML, event handlers, dangerous URLs, Markdown syntax, and random Unicode. */
const hostilePiece = fc.constantFrom(
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x>',
  '<scr<script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<iframe src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)",
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '[x](data:image/png;base64,AAAA)',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[r]: javascript:alert(1)\n',
  '[r]',
  '[x](vbscript:x)',
  '[x](https://e.com/"onclick=x)',
  '`<script>`',
  '```\n<script>\n```\n',
  '**',
  '_',
  '*',
  '# ',
  '> ',
  '- ',
  '1. ',
  '|a|b|\n|-|-|\n',
  '\n\n',
  '\n',
  '    code\n',
  '&lt;',
  '&#x3c;script&#x3e;',
  '&',
  '<!-- x -->',
  '<![CDATA[x]]>',
  '\\',
  '\uFDD0',
  '\uFDD1',
  '\uFDD2',
  '\uFDD00\uFDD1',
  'Ashton Carter',
  'Mosul',
  ' ',
);
const body = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: hostilePiece },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    ),
    { maxLength: 30 },
  )
  .map((p) => p.join(''));
const hostileAttr = fc.constantFrom(
  '/people/x/',
  '"><script>alert(1)</script>',
  "' onclick='alert(1)",
  'javascript:alert(1)',
  'mention t-person',
  'a" onmouseover="x',
);

const bodyWithSpans = body.chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.constantFrom('md' as const, 'txt' as const),
    fc.array(
      fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 20 }), hostileAttr, hostileAttr).map(
        ([start, length, href, className]): LinkedSpan => ({
          start,
          end: Math.min(text.length, start + length),
          href,
          className,
        }),
      ),
      { maxLength: 8 },
    ),
  ),
);

/** The elements Markdown rendering may produce, and the attributes they may carry. */
const ALLOWED_TAGS = new Set([
  'p',
  'a',
  'em',
  'strong',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'br',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  's',
]);
const ALLOWED_ATTRS = new Set(['id', 'class', 'href', 'title', 'src', 'alt', 'start', 'style']);

describe('renderMentions on hostile text', () => {
  it('never throws, never lets a <script>, an on…= attribute or a javascript:/data:/vbscript: URL through', () => {
    fc.assert(
      fc.property(bodyWithSpans, ([text, format, spans]) => {
        const { html } = renderMentions({ format, text }, spans);
        expect(html).not.toMatch(/<script/i);
        // Every "<" in the output opens a well-formed tag of an allowed element with allowed, double-quoted attributes:
        // text from the article can only appear escaped, so no tag or on…= attribute can come from it.
        for (const lt of html.matchAll(/</g)) {
          const tag = /<\/?([a-z][a-z0-9]*)((?:\s[a-z-]+="[^"<>]*")*)\s*\/?>/iy;
          tag.lastIndex = lt.index;
          const m = tag.exec(html);
          expect(m, html.slice(lt.index, lt.index + 60)).not.toBeNull();
          expect(ALLOWED_TAGS).toContain(m![1]!.toLowerCase());
          for (const [, attr] of m![2]!.matchAll(/\s([a-z-]+)="[^"]*"/gi))
            expect(ALLOWED_ATTRS).toContain(attr!.toLowerCase());
        }
        for (const el of parse(html).querySelectorAll('a, img')) {
          for (const attr of ['href', 'src']) {
            const value = el.getAttribute(attr);
            // Only the spans' own hrefs (built by the pipeline, here deliberately odd) may be anything; links from the text may not.
            if (value !== undefined && !spans.some((s) => s.href === value)) {
              expect(value.replace(/[\s\u0000-\u001f]/g, '')).not.toMatch(/^(javascript|vbscript|data|file):/i);
            }
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('shows every piece of raw HTML in a .txt article as text', () => {
    fc.assert(
      fc.property(body, (text) => {
        const { html } = renderMentions({ format: 'txt', text }, []);
        const shown = parse(`<div>${html}</div>`)
          .querySelectorAll('p')
          .map((p) => p.text)
          .join('\n');
        const expected = text
          .split(/\n[^\S\n]*\n\s*/)
          .map((p) => p.trim())
          .filter(Boolean);
        expect(shown.replace(/\s+/g, ' ')).toBe(expected.join('\n').replace(/\s+/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});
