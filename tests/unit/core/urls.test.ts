import { describe, expect, it } from 'vitest';
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
