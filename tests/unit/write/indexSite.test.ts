import { describe, expect, it } from 'vitest';
import { isIndexedPage } from '../../../scripts/write/indexSite.ts';
import { fileOf } from '../../../scripts/write/renderPages.ts';

describe('the pages Pagefind indexes', () => {
  it.each([
    ['articles/2019/harbour-talks/index.html', true],
    ['articles/harbour-talks/index.html', true],
    ['articles/index.html', true],
    ['people/ilse-marven/index.html', true],
    ['groups/kordova-harbour-authority/index.html', true],
    ['places/velmora/index.html', true],
    ['people/ilse-marven/mentions/index.html', false],
    ['people/index.html', false],
    ['people/ilse-marven/preview.json', false],
    ['graph/index.html', false],
    ['index.html', false],
    ['search/index.html', false],
  ])('%s: %s', (file, indexed) => {
    expect(isIndexedPage(file)).toBe(indexed);
  });
});

describe('the file a permalink is written to, as Eleventy writes it', () => {
  it.each([
    ['/', 'index.html'],
    ['/people/ilse-marven/', 'people/ilse-marven/index.html'],
    ['/404.html', '404.html'],
    ['/graph/relations.csv', 'graph/relations.csv'],
  ])('%s → %s', (url, file) => {
    expect(fileOf(url)).toBe(file);
  });
});
