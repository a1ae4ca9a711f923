import { describe, expect, it } from 'vitest';
import { normalisePrefix, readConfig } from '../../scripts/config.ts';

describe('readConfig', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['repo', '/repo/'],
    ['/repo', '/repo/'],
    ['//repo//', '/repo/'],
    ['/a/b/', '/a/b/'],
  ])('PATH_PREFIX %j → %j', (prefix, expected) => {
    expect(normalisePrefix(prefix)).toBe(expected);
  });

  it('reads the environment with defaults', () => {
    const config = readConfig({}, '/project');
    expect(config).toEqual({
      contentDir: '/project/content',
      outputDir: '/project/_site',
      pathPrefix: '/',
      offline: false,
    });
    expect(readConfig({ OFFLINE: '1', SITE_URL: 'https://x.io/r' }, '/p')).toMatchObject({
      offline: true,
      siteUrl: 'https://x.io/r/',
    });
    expect(readConfig({ OFFLINE: '0' }, '/p').offline).toBe(false);
  });

  it.each([
    ['16', 16],
    ['300', 300],
  ])('SEARCH_PART_PAGES %j: parts of the search index of %i pages at least', (value, pages) => {
    expect(readConfig({ SEARCH_PART_PAGES: value }, '/p').searchPartPages).toBe(pages);
  });

  it.each(['0', '-5', '2.5', 'many'])('SEARCH_PART_PAGES %j is refused, naming the setting', (value) => {
    expect(() => readConfig({ SEARCH_PART_PAGES: value }, '/p')).toThrow(/SEARCH_PART_PAGES/);
  });
});
