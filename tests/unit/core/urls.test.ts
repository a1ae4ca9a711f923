import { describe, expect, it } from 'vitest';
import { normalisePrefix, readConfig } from '../../../scripts/config.ts';
import { createHref } from '../../../scripts/core/urls.ts';

describe('createHref', () => {
  it.each([
    ['/', false, '/people/ashton-carter/', '/articles/a/', '/people/ashton-carter/'],
    ['/dossier/', false, '/people/ashton-carter/', '/articles/a/', '/dossier/people/ashton-carter/'],
    ['/dossier/', false, '/assets/style.css', '/', '/dossier/assets/style.css'],
    ['/dossier/', false, '/articles/a/#p-3', '/people/x/', '/dossier/articles/a/#p-3'],
    ['/', true, '/people/ashton-carter/', '/articles/a/', '../../people/ashton-carter/index.html'],
    ['/', true, '/', '/people/x/', '../../index.html'],
    ['/', true, '/assets/style.css', '/', 'assets/style.css'],
    ['/', true, '/articles/2016/a/#p-2', '/groups/', '../articles/2016/a/index.html#p-2'],
    ['/', true, '/search/', '/404.html', 'search/index.html'],
  ])('prefix %j offline %j: %j from %j → %j', (pathPrefix, offline, target, from, expected) => {
    expect(createHref({ pathPrefix, offline })(target, from)).toBe(expected);
  });
});

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
    expect(config).toEqual({ contentDir: '/project/content', outputDir: '/project/_site', pathPrefix: '/', offline: false });
    expect(readConfig({ OFFLINE: '1', SITE_URL: 'https://x.io/r' }, '/p')).toMatchObject({ offline: true, siteUrl: 'https://x.io/r/' });
    expect(readConfig({ OFFLINE: '0' }, '/p').offline).toBe(false);
  });
});
