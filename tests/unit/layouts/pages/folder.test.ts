import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { render } from '../../../../layouts/pages/folder.11ty.ts';
import type { FolderPage } from '../../../../scripts/core/types/site.ts';
import { pageData, siteData } from '../../../helpers/siteData.ts';

const FOLDER: FolderPage = {
  url: '/articles/outlets/',
  title: 'Articles by outlet',
  intro: '2 outlets, by name.',
  links: [
    { url: '/articles/outlets/wire/', label: '<script>alert(1)</script> Wire', count: 3 },
    { url: '/articles/2019/x/', label: 'An article' },
  ],
};

describe('the folder page', () => {
  it.each([
    [false, ['/articles/outlets/wire/', '/articles/2019/x/']],
    [true, ['../../articles/outlets/wire/index.html', '../../articles/2019/x/index.html']],
  ])('links every page below it, counts shown, labels escaped (offline: %s)', (offline, hrefs) => {
    const doc = parse(render(pageData(siteData([], []), FOLDER.url, { folder: FOLDER }, { offline })));
    expect(doc.querySelector('h1')!.textContent).toBe('Articles by outlet');
    const links = doc.querySelectorAll('.folder-list a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(hrefs);
    expect(links[0]!.textContent).toBe('<script>alert(1)</script> Wire');
    expect(doc.querySelectorAll('.folder-list .count').map((c) => c.textContent)).toEqual(['3']);
    expect(doc.querySelectorAll('main script')).toHaveLength(0);
  });
});
