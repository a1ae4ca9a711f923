import { describe, expect, it } from 'vitest';
import { applyDateline, readDateline } from '../../../../scripts/load/text/readDateline.ts';
import { parseArticle } from '../../../../scripts/load/loadArticles.ts';
import { extractEntities } from '../../../../scripts/extract/extractEntities.ts';
import type { Warning } from '../../../../scripts/core/types/common.ts';
import { shipped } from '../../../helpers/model.ts';

const slice = (text: string, span?: { start: number; end: number }) =>
  span ? text.slice(span.start, span.end) : undefined;

describe('readDateline', () => {
  it.each([
    ['NASHVILLE, Tenn. (AP) — Gov. Jane Roe said.', 'NASHVILLE', 'Tenn.', 'AP'],
    ['DETROIT, Mich. (Reuters) - The company said.', 'DETROIT', 'Mich.', 'Reuters'],
    ['WASHINGTON (AP) — The Senate voted.', 'WASHINGTON', undefined, 'AP'],
    ['LONDON, Nov 3 (Reuters) - The minister said.', 'LONDON', undefined, 'Reuters'],
    ['NEW YORK, N.Y. ( Example Wire ) -- Shares rose.', 'NEW YORK', 'N.Y.', 'Example Wire'],
    ['Springfield, Ill. — The mayor said.', 'Springfield', 'Ill.', undefined],
    ['SAN JUAN, Puerto Rico (AP) — A storm hit.', 'SAN JUAN', undefined, 'AP'],
    ['  BAGHDAD — Clashes resumed.', 'BAGHDAD', undefined, undefined],
  ])('%j: place %s, region %s, outlet %s', (text, place, region, outlet) => {
    const d = readDateline(text);
    expect(slice(text, d?.place)).toBe(place);
    expect(slice(text, d?.region)).toBe(region);
    expect(slice(text, d?.outlet)).toBe(outlet);
  });

  it.each([
    ['Jane Roe — the mayor — said no.'],
    ['The Senate voted (again) — on Friday.'],
    ['Officials said on Monday that talks would resume.'],
    ['BAGHDAD is calm.'],
    ['WASHINGTON (2021) — a number is no outlet'],
  ])('%j has no dateline', (text) => {
    expect(readDateline(text)).toBeUndefined();
  });
});

describe('applyDateline', () => {
  it('blanks the region, date and outlet in prose, keeps the text, and takes the outlet', () => {
    const text = 'NASHVILLE, Tenn., Nov 3 (AP) — Gov. Jane Roe spoke.';
    const out = applyDateline({ text, prose: text });
    expect(out.text).toBe(text);
    expect(out.prose).toHaveLength(text.length);
    const blank = (s: string) => ' '.repeat(s.length);
    expect(out.prose).toBe(`NASHVILLE,${blank(' Tenn.')}, ${blank('Nov 3')} ${blank('(AP)')} — Gov. Jane Roe spoke.`);
    expect(out.outlet).toBe('AP');
  });

  it('keeps an outlet the front matter gave', () => {
    const text = 'LONDON (Reuters) - Markets fell.';
    expect(applyDateline({ text, prose: text, outlet: 'Example News' }).outlet).toBe('Example News');
  });
});

describe('a dateline in an article', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    [
      'a.txt',
      'NASHVILLE, Tenn. (AP) — Gov. Bill Roe said on Monday that schools would reopen.\n\nRoe spoke in Memphis.',
    ],
    ['b.md', '---\ntitle: T\n---\nDETROIT, Mich. (Reuters) - General Motors said on Tuesday it would cut jobs.'],
  ])('%s: the city is a place, the state abbreviation and the outlet are not entities', (file, content) => {
    const warnings: Warning[] = [];
    const article = parseArticle(file, enc(content), warnings)!;
    expect(warnings).toEqual([]);
    const names = extractEntities(article.prose, { model: shipped }).entities.map(
      (e) => `${e.type}:${e.mentions.map((m) => m.text).join('|')}`,
    );
    const [city, region, outlet] = file === 'a.txt' ? ['NASHVILLE', 'Tenn', 'AP'] : ['DETROIT', 'Mich', 'Reuters'];
    expect(names).toContain(`place:${city}`);
    expect(names.join(' ')).not.toContain(region);
    expect(names.join(' ')).not.toMatch(new RegExp(`\\b${outlet}\\b`));
    expect(article.outlet).toBe(outlet);
  });
});
