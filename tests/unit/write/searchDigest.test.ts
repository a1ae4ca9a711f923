import { describe, expect, it } from 'vitest';
import { searchDigest, searchedPart } from '../../../scripts/write/searchDigest.ts';

/** An entity page as layouts/pages/entity.11ty.ts draws it, reduced to what matters here. */
const page = (o: { lang?: string; name?: string; count?: number; sentence?: string; type?: string } = {}) =>
  `<!doctype html><html lang="${o.lang ?? 'en'}"><head><title>${o.name ?? 'Ilse Marven'} · Dossier</title>
<meta name="description" content="Person with ${o.count ?? 3} mentions"></head><body><nav><a href="/">Home</a></nav>
<main id="main"><article class="entity" data-pagefind-body>
<header><p class="kicker"><span data-pagefind-filter="type">${o.type ?? 'Person'}</span></p>
<h1 data-pagefind-weight="10"><bdi>${o.name ?? 'Ilse Marven'}</bdi></h1>
<p class="stats" data-pagefind-ignore>${o.count ?? 3} mentions in 2 articles.</p></header>
<div class="evidence" data-pagefind-ignore><h2 id="mentions-h">Mentions</h2>
<ol><li><a href="/articles/a/#p-1">${o.sentence ?? 'Marven said the harbour would reopen.'}</a><br></li></ol>
<svg viewBox="0 0 10 10"><rect width="1" height="2"/></svg></div>
</article></main><footer>${o.count ?? 3}</footer></body></html>`;

describe('the digest of what Pagefind indexes of a page', () => {
  it.each([
    ['the count of mentions (ignored)', { count: 4 }],
    ['a sentence in the ignored evidence', { sentence: 'Marven left.' }],
    ['the title and description outside the body', { count: 9 }],
  ])('does not change with %s', (_what, change) => {
    expect(searchDigest(page(change))).toBe(searchDigest(page()));
  });

  it.each([
    ['the name (indexed)', { name: 'Ilse Marvenn' }],
    ['a filter value', { type: 'Group' }],
    ['the page language', { lang: 'de' }],
  ])('changes with %s', (_what, change) => {
    expect(searchDigest(page(change))).not.toBe(searchDigest(page()));
  });

  it('keeps the indexed text and the ids of ignored headings, and drops the ignored text', () => {
    const part = searchedPart(page());
    expect(part).toContain('<h1 data-pagefind-weight="10"><bdi>Ilse Marven</bdi></h1>');
    expect(part).toContain('<h2 id="mentions-h">');
    expect(part).not.toContain('harbour');
    expect(part).not.toContain('mentions in');
    expect(part).not.toContain('Home');
  });
});
